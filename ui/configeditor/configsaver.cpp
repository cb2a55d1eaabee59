#include "configeditor/configsaver.h"

#include "api/projectsapi.h"
#include "configeditor/configchecker.h"
#include "configeditor/configdocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace lsdesk {

ConfigSaver::ConfigSaver(QObject *parent)
    : QObject(parent)
{ }

ConfigSaver::~ConfigSaver()
{
    ++m_generation;
    if (ApiJob *job = m_job.data())
        job->cancel();
}

bool ConfigSaver::save(Client *client, int projectId, ConfigDocument *doc)
{
    if (isBusy())
        return false;
    ++m_generation;
    m_client = client;
    m_projectId = projectId;
    m_doc = doc;
    m_text = doc ? doc->text() : QString();
    m_report = {};
    m_state = State::Analysing;

    QString problem;
    if (!client || !doc)
        problem = tr("There is no server connection to save to.");
    else if (projectId <= 0)
        problem = tr("The project does not exist on the server yet.");
    else if (!doc->config())
        problem = tr("The config is not well-formed XML (%1); fix it before saving.")
                      .arg(doc->error().toString());
    if (!problem.isEmpty()) {
        // Completion signals always come from the event loop, never from inside save().
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, problem] {
            if (generation != m_generation)
                return;
            finish();
            Q_EMIT failed(problem);
        });
        return true;
    }

    const quint64 generation = m_generation;
    m_job = ProjectsApi(client).summary(projectId, this, [this, generation](const Result<ProjectSummary> &r) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (!r.ok()) {
            finish();
            Q_EMIT failed(tr("Could not read what the project's annotations use: %1").arg(r.error.message));
            return;
        }
        analyse(*r);
    });
    return true;
}

void ConfigSaver::analyse(const ProjectSummary &summary)
{
    if (!m_doc) {
        finish();
        Q_EMIT failed(tr("The config was closed before it could be saved."));
        return;
    }
    XmlError error;
    const auto current = LabelInterface::parse(m_text, &error);
    auto baseline = LabelInterface::parse(m_doc->baseline(), &error);
    if (!current) { // save() checked; kept for safety
        finish();
        Q_EMIT failed(tr("The config is not well-formed XML (%1).").arg(error.toString()));
        return;
    }
    // A baseline that does not parse (a project without a config yet) has nothing to compare:
    // only the server's verdict counts then.
    m_report = ImpactReport::compute(baseline ? *baseline : *current, *current, summary);
    if (m_report.isBlocked()) {
        finish();
        Q_EMIT blocked(m_report.items());
        return;
    }
    if (m_report.needsConfirmation()) {
        m_state = State::WaitingForConfirmation;
        Q_EMIT confirmationNeeded(m_report.items());
        return;
    }
    patch();
}

void ConfigSaver::confirm()
{
    if (m_state == State::WaitingForConfirmation)
        patch();
}

void ConfigSaver::cancel()
{
    if (m_state != State::Analysing && m_state != State::WaitingForConfirmation)
        return;
    ++m_generation; // whatever arrives for this save now is ignored
    if (ApiJob *job = m_job.data()) {
        m_job = nullptr;
        job->cancel();
    }
    finish();
    Q_EMIT cancelled();
}

void ConfigSaver::patch()
{
    if (!m_client) {
        finish();
        Q_EMIT failed(tr("The server connection was closed before the config could be saved."));
        return;
    }
    m_state = State::Saving;
    const quint64 generation = m_generation;
    m_job = ProjectsApi(m_client).update(m_projectId, { { QStringLiteral("label_config"), m_text } }, this,
        [this, generation](const Result<Project> &r) {
            if (generation != m_generation)
                return;
            m_job = nullptr;
            if (!r.ok()) {
                finish();
                Q_EMIT failed(serverErrorTexts(r.error).join(QLatin1String("\n\n")));
                return;
            }
            const QString sent = m_text;
            const QString stored = r->labelConfig;
            if (!stored.isEmpty())
                m_text = stored;
            // Only what was sent is saved: edits made meanwhile keep the document modified.
            if (m_doc && m_doc->text() == sent) {
                // The server stores the text as its serializer cleaned it (DRF strips the surrounding
                // whitespace): the document takes what the project now holds, as an undo step of its
                // own, or the editor would call it modified forever.
                if (!stored.isEmpty() && stored != sent)
                    m_doc->replaceAll(stored, tr("Text as the server stored it"));
                m_doc->markSaved();
            } else if (m_doc) {
                // The next impact report compares with what the server holds now, not the old config.
                m_doc->markSaved(m_text);
            }
            finish();
            Q_EMIT saved();
        });
}

void ConfigSaver::finish()
{
    m_state = State::Idle;
    m_job = nullptr;
}

// ---- ImpactDialog ----------------------------------------------------------------------------------

ImpactDialog::ImpactDialog(const QList<ImpactItem> &items, QWidget *parent)
    : ImpactDialog(items, {}, parent)
{ }

ImpactDialog::ImpactDialog(const QList<ImpactItem> &items, const QStringList &notes, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Save Label Config"));
    QStringList reasons;
    for (const ImpactItem &item : items) {
        auto *row = new QListWidgetItem(item.text(), m_list);
        // The state shows as the style's icons, never as colours the palette may not carry.
        if (item.blocksSave) {
            row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            if (!reasons.contains(item.reason))
                reasons << item.reason;
        } else if (item.needsConfirmation()) {
            row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        row->setToolTip(item.blocksSave ? item.reason : item.text());
        row->setData(Qt::UserRole, item.blocksSave);
    }
    for (const QString &note : notes) {
        auto *row = new QListWidgetItem(note, m_list);
        row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    m_blocked = !reasons.isEmpty();
    m_list->setAccessibleName(tr("Changes"));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(m_blocked
            ? tr("The server would refuse this config: existing annotations or drafts depend on what it "
                 "removes. Put back what they use, or change those annotations first.")
            : tr("These changes affect existing annotations. Save anyway?"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText); // server texts quote XML
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setText(reasons.join(QLatin1String("\n\n")));
    m_reason->setVisible(m_blocked);

    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setEnabled(!m_blocked);
    if (m_blocked) {
        m_save->setToolTip(reasons.join(QLatin1String("\n\n")));
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    } else {
        m_save->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(560, 360);
}

QString ImpactDialog::reasonText() const
{
    return m_reason->text();
}

} // namespace lsdesk
