# The preview: a native sketch of the labeling interface from the document (issue #7).
lsdesk_configeditor_test(tst_configpreview)
