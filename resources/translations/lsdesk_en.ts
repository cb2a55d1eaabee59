<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ResultSummary</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementHistogram</name>
    <message numerus="yes">
        <source>Mean %1%%2 over %n task(s)</source>
        <translation>
            <numerusform>Mean %1%%2 over %n task</numerusform>
            <numerusform>Mean %1%%2 over %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2%: %n task(s)</source>
        <translation>
            <numerusform>%1–%2%: %n task</numerusform>
            <numerusform>%1–%2%: %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementMatrixModel</name>
    <message numerus="yes">
        <source>%1 annotated %n task(s)</source>
        <translation>
            <numerusform>%1 annotated %n task</numerusform>
            <numerusform>%1 annotated %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 vs %2: %3% over %n common task(s)</source>
        <translation>
            <numerusform>%1 vs %2: %3% over %n common task</numerusform>
            <numerusform>%1 vs %2: %3% over %n common tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementPane</name>
    <message numerus="yes">
        <source>%n task(s) of %1 and %2</source>
        <translation>
            <numerusform>%n task of %1 and %2</numerusform>
            <numerusform>%n tasks of %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ConnectDialog</name>
    <message numerus="yes">
        <source>(%n more certificate(s) in the chain)</source>
        <translation>
            <numerusform>(%n more certificate in the chain)</numerusform>
            <numerusform>(%n more certificates in the chain)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::DmActionsMenu</name>
    <message numerus="yes">
        <source>It applies to %n selected task(s).</source>
        <translation>
            <numerusform>It applies to %n selected task.</numerusform>
            <numerusform>It applies to %n selected tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It applies to all tasks of the project except %n.</source>
        <translation>
            <numerusform>It applies to all tasks of the project except %n.</numerusform>
            <numerusform>It applies to all tasks of the project except %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It applies to all tasks matching the current filter except %n.</source>
        <translation>
            <numerusform>It applies to all tasks matching the current filter except %n.</numerusform>
            <numerusform>It applies to all tasks matching the current filter except %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ExportDialog</name>
    <message numerus="yes">
        <source>%1 of %2 — %3/s — about %n s left</source>
        <translation>
            <numerusform>%1 of %2 — %3/s — about %n s left</numerusform>
            <numerusform>%1 of %2 — %3/s — about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ExportOptions</name>
    <message numerus="yes">
        <source>Only the %n sele&amp;cted task(s)</source>
        <translation>
            <numerusform>Only the %n sele&amp;cted task</numerusform>
            <numerusform>Only the %n sele&amp;cted tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ImportDialog</name>
    <message numerus="yes">
        <source>%n task(s) ready to import.</source>
        <translation>
            <numerusform>%n task ready to import.</numerusform>
            <numerusform>%n tasks ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 task(s), %2 annotation(s) and %3 prediction(s) in %n request(s).</source>
        <translation>
            <numerusform>Imported %1 task(s), %2 annotation(s) and %3 prediction(s) in %n request.</numerusform>
            <numerusform>Imported %1 task(s), %2 annotation(s) and %3 prediction(s) in %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ImportSourcesModel</name>
    <message numerus="yes">
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::LabelListEditor</name>
    <message numerus="yes">
        <source>Added %n label(s)</source>
        <translation>
            <numerusform>Added %n label</numerusform>
            <numerusform>Added %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n duplicate(s)</source>
        <translation>
            <numerusform>, skipped %n duplicate</numerusform>
            <numerusform>, skipped %n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::LabelListModel</name>
    <message numerus="yes">
        <source>Add %n label(s)</source>
        <translation>
            <numerusform>Add %n label</numerusform>
            <numerusform>Add %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n label(s)</source>
        <translation>
            <numerusform>Remove %n label</numerusform>
            <numerusform>Remove %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n label(s)</source>
        <translation>
            <numerusform>Move %n label</numerusform>
            <numerusform>Move %n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::NewProjectDialog</name>
    <message numerus="yes">
        <source>%n template(s) from the server&apos;s gallery added.</source>
        <translation>
            <numerusform>%n template from the server&apos;s gallery added.</numerusform>
            <numerusform>%n templates from the server&apos;s gallery added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ProjectsPane</name>
    <message numerus="yes">
        <source>Loading projects… %n so far</source>
        <translation>
            <numerusform>Loading projects… %n so far</numerusform>
            <numerusform>Loading projects… %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) loaded; loading stopped on an error (F5 reloads).</source>
        <translation>
            <numerusform>%n project loaded; loading stopped on an error (F5 reloads).</numerusform>
            <numerusform>%n projects loaded; loading stopped on an error (F5 reloads).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n task(s) and their annotations</source>
        <translation>
            <numerusform>its %n task and their annotations</numerusform>
            <numerusform>its %n tasks and their annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::StoragesDialog</name>
    <message numerus="yes">
        <source>%n storage(s).</source>
        <translation>
            <numerusform>%n storage.</numerusform>
            <numerusform>%n storages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) so far…</source>
        <translation>
            <numerusform>%1: %n item so far…</numerusform>
            <numerusform>%1: %n items so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported</source>
        <translation>
            <numerusform>%n annotation exported</numerusform>
            <numerusform>%n annotations exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) imported</source>
        <translation>
            <numerusform>%n task imported</numerusform>
            <numerusform>%n tasks imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::TaskPreview</name>
    <message numerus="yes">
        <source>
… (%n more character(s))</source>
        <translation>
            <numerusform>
… (%n more character)</numerusform>
            <numerusform>
… (%n more characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(embedded data, %n character(s))</source>
        <translation>
            <numerusform>(embedded data, %n character)</numerusform>
            <numerusform>(embedded data, %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::TasksEditing</name>
    <message numerus="yes">
        <source>Imported %n task(s).</source>
        <translation>
            <numerusform>Imported %n task.</numerusform>
            <numerusform>Imported %n tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::TasksPane</name>
    <message numerus="yes">
        <source>Delete %n task(s) with their annotations and predictions? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n task with their annotations and predictions? This cannot be undone.</numerusform>
            <numerusform>Delete %n tasks with their annotations and predictions? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n task(s)…</source>
        <translation>
            <numerusform>Deleting %n task…</numerusform>
            <numerusform>Deleting %n tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::XmlView</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::CliApp</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::import::ImportJob</name>
    <message numerus="yes">
        <source>The %n completed request(s) created %1 task(s); they stay in the project.</source>
        <translation>
            <numerusform>The %n completed request created %1 task(s); they stay in the project.</numerusform>
            <numerusform>The %n completed requests created %1 task(s); they stay in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n request(s) before it created %1 task(s); they stay in the project.</source>
        <translation>
            <numerusform>The %n request before it created %1 task(s); they stay in the project.</numerusform>
            <numerusform>The %n requests before it created %1 task(s); they stay in the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::preview::PreviewBuilder</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
