# The tag palette: builder parity, names, toName rules, keyboard use, undo.
lsdesk_configeditor_test(tst_tagpalette)
