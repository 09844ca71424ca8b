#include "replacedialog.h"
#include "ui_replacedialog.h"

#include "core/eventcatalog.h"
#include "dialogbuttons.h"
#include "fieldmessage.h"
#include "operations/consolesession.h"
#include "registerdialog.h"

#include <QLocale>
#include <QPushButton>

ReplaceDialog::ReplaceDialog(const Profile &profile, const Webhook &old, const QList<Webhook> &existing,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReplaceDialog>()), m_profile(profile), m_old(old)
{
    m_ui->setupUi(this);
    m_ui->eventPicker->setTestEnvironment(profile.isVippsTest());
    DialogButtons::keepTabOrder(m_ui->buttonBox); // its OK button hides after the first step
    m_ui->eventPicker->setExisting(existing);
    m_ui->apiErrorLabel->setAutoFillBackground(true);
    m_ui->oldWebhookLabel->setText(tr("Replacing %1\nId %2").arg(old.url, old.id));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Register Replacement"));
    m_ui->sendTestPushButton->setVisible(false);
    m_ui->stepLabel->setText(tr("<b>Step 1 of 2: register the replacement</b>"));

    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_urlApiError.clear();
        m_ui->eventPicker->setUrl(text);
        validate();
    });
    connect(m_ui->eventPicker, &EventPicker::selectionChanged, this, &ReplaceDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReplaceDialog::onAcceptClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReplaceDialog::reject);
    connect(m_ui->sendTestPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT sendTestRequested(m_new); });
    connect(m_ui->deleteOldPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT deleteOldRequested(m_old); });

    // The old URL and events to start from: usually only the URL changes.
    setRequest(RegisterRequest{old.url, old.events});
    m_ui->urlLineEdit->selectAll();
    m_ui->urlLineEdit->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

ReplaceDialog::~ReplaceDialog() = default;

RegisterRequest ReplaceDialog::request() const
{
    return RegisterRequest{m_ui->urlLineEdit->text().trimmed(), m_ui->eventPicker->selectedEvents()};
}

void ReplaceDialog::setRequest(const RegisterRequest &request)
{
    m_ui->urlLineEdit->setText(request.url);
    m_ui->eventPicker->setSelectedEvents(request.events);
    validate();
}

void ReplaceDialog::setExisting(const QList<Webhook> &existing)
{
    m_ui->eventPicker->setExisting(existing);
    validate();
}

void ReplaceDialog::validate()
{
    const QString url = m_ui->urlLineEdit->text().trimmed();
    auto [severity, message] = RegisterDialog::checkUrl(url);
    if (!m_urlApiError.isEmpty()) {
        severity = FieldSeverity::Error;
        message = tr("Refused by the API: %1").arg(m_urlApiError);
    } else if (severity != FieldSeverity::Error
               && EventPicker::normalizedUrl(url) == EventPicker::normalizedUrl(m_old.url)) {
        severity = FieldSeverity::Warning;
        message
            = tr("The same URL as the old registration: the replacement gets a new secret, and each event "
                 "arrives twice until the old one is deleted.");
    }
    FieldMessage::show(m_ui->urlStatusLabel, severity, message);

    const QStringList selected = m_ui->eventPicker->selectedEvents();
    const QStringList refused = m_ui->eventPicker->refusedEvents();
    FieldSeverity eventsSeverity = FieldSeverity::Info;
    QStringList notes;
    if (selected.isEmpty())
        notes << tr("Choose at least one event.");
    else
        notes << tr("Events selected: %1 (the old registration had %2).")
                     .arg(selected.size())
                     .arg(m_old.events.size());
    if (!refused.isEmpty()) {
        QStringList names;
        for (const QString &type : refused)
            names << EventCatalog::instance().qualifiedName(type);
        eventsSeverity = FieldSeverity::Warning;
        notes << tr("At their limit while the old registration exists, so left out: %1. Delete the old "
                    "registration first to keep them.")
                     .arg(QLocale().createSeparatedList(names));
    }
    notes << m_ui->eventPicker->selectedTestEnvironmentNotes();
    FieldMessage::show(m_ui->eventsStatusLabel, eventsSeverity, notes.join(QLatin1Char(' ')));
    updateButtons();
}

void ReplaceDialog::updateButtons()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    if (m_stage != Stage::NewRegistration) {
        ok->hide();
        cancel->setText(m_stage == Stage::Done ? tr("&Close") : tr("&Keep Both for Now"));
        cancel->setIcon(QIcon()); // keeping both is a choice, not a cancellation: no red ✗
        cancel->setEnabled(!m_deleting);
        m_ui->deleteOldPushButton->setEnabled(m_stage == Stage::Registered && !m_deleting);
        m_ui->sendTestPushButton->setVisible(m_sendTestAvailable && m_stage == Stage::Registered);
        return;
    }
    const QString url = m_ui->urlLineEdit->text().trimmed();
    const bool valid = !url.isEmpty() && RegisterDialog::checkUrl(url).first != FieldSeverity::Error
        && m_urlApiError.isEmpty() && !m_ui->eventPicker->selectedEvents().isEmpty();
    ok->setEnabled(valid && !m_busy);
    cancel->setEnabled(!m_busy);
}

void ReplaceDialog::onAcceptClicked()
{
    validate();
    if (m_stage != Stage::NewRegistration || m_busy
        || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_ui->apiErrorLabel->hide();
    Q_EMIT submitted(request());
}

void ReplaceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->urlLineEdit->setEnabled(!busy);
    m_ui->eventPicker->setEnabled(!busy);
    m_ui->busyLabel->setVisible(busy);
    updateButtons();
}

void ReplaceDialog::showApiError(const ApiError &error)
{
    setBusy(false);
    QStringList urlReasons;
    QStringList lines;
    const QString title = error.title.trimmed().isEmpty() ? error.summary() : error.title.trimmed();
    lines << QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!error.detail.trimmed().isEmpty() && error.detail.trimmed() != title)
        lines << error.detail.trimmed().toHtmlEscaped();
    for (const FieldError &field : error.fieldErrors) {
        const QString reason = field.reason.trimmed().isEmpty() ? tr("Refused.") : field.reason.trimmed();
        if (field.name.trimmed().toLower().startsWith(QLatin1String("url")))
            urlReasons << reason;
        lines << (field.name.trimmed().isEmpty() ? reason : tr("%1: %2").arg(field.name.trimmed(), reason))
                     .toHtmlEscaped();
    }
    if (!error.hint().isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(error.hint().toHtmlEscaped());
    if (!error.traceId.trimmed().isEmpty())
        lines << tr("Trace id (support asks for it): %1").arg(error.traceId.trimmed()).toHtmlEscaped();
    QPalette palette = m_ui->apiErrorLabel->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1e, 0x22) : QColor(0xfd, 0xe7, 0xe9));
    m_ui->apiErrorLabel->setPalette(palette);
    m_ui->apiErrorLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->apiErrorLabel->show();
    m_urlApiError = urlReasons.join(QLatin1Char(' '));
    validate();
    m_ui->urlLineEdit->setFocus(Qt::OtherFocusReason);
}

void ReplaceDialog::setRegistered(const RegisterOutcome &outcome)
{
    setBusy(false);
    m_new = outcome.webhook;
    m_stage = Stage::Registered;
    setWindowTitle(tr("Replace Webhook — Next Steps"));
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->nextPage);
    m_ui->stepLabel->setText(tr("<b>Step 2 of 2: the new webhook is registered</b>"));
    m_ui->oldWebhookLabel->setText(tr("Old %1\nId %2").arg(m_old.url, m_old.id));
    m_ui->newWebhookLabel->setText(tr("New %1\nId %2").arg(m_new.url, m_new.id));
    if (outcome.inMemoryOnly) {
        FieldMessage::show(
            m_ui->secretStateLabel, FieldSeverity::Warning,
            tr("Its secret is kept in memory for this sandbox session (no keychain is available)."));
    } else if (outcome.secretStored) {
        FieldMessage::show(m_ui->secretStateLabel, FieldSeverity::Ok,
                           tr("Its secret is stored in this computer's keychain."));
    } else {
        FieldMessage::show(
            m_ui->secretStateLabel, FieldSeverity::Error,
            tr("Its secret could not be stored on this computer: copy it from the secret dialog now."));
    }
    m_ui->stepsLabel->setText(
        tr("Before you delete the old registration:"
           "<ol><li>Give your receiver the new secret.</li>"
           "<li>Check that deliveries reach the new URL.</li>"
           "<li>Then delete the old registration.</li></ol>"
           "<b>Until then, the old endpoint must keep answering 2xx.</b> Vipps MobilePay may treat a failing "
           "endpoint as an incident, and it sends each event to both registrations meanwhile."));
    updateButtons();
    // The event list is gone: the dialog takes the height of what it now shows.
    m_ui->newPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_ui->pagesStackedWidget->updateGeometry();
    layout()->activate();
    resize(width(), sizeHint().height());
}

void ReplaceDialog::setSendTestAvailable(bool available)
{
    m_sendTestAvailable = available;
    updateButtons();
}

void ReplaceDialog::setDeleting(bool deleting)
{
    m_deleting = deleting;
    updateButtons();
}

void ReplaceDialog::setOldDeleted()
{
    m_deleting = false;
    m_stage = Stage::Done;
    m_ui->stepLabel->setText(tr("<b>Done: the webhook is replaced</b>"));
    // The steps before the deletion are behind us: only the result stays.
    m_ui->stepsLabel->hide();
    m_ui->deleteOldPushButton->hide();
    showResult(false,
               tr("The old registration (%1) is deleted. Its endpoint no longer gets deliveries from "
                  "Vipps MobilePay.")
                   .arg(m_old.id));
    updateButtons();
}

void ReplaceDialog::setDeleteFailed(const QString &message)
{
    m_deleting = false;
    showResult(true, tr("The old registration was not deleted: %1").arg(message));
    updateButtons();
}

void ReplaceDialog::showResult(bool error, const QString &text)
{
    FieldMessage::show(m_ui->resultLabel, error ? FieldSeverity::Error : FieldSeverity::Ok, text);
}

void ReplaceDialog::reject()
{
    if (m_busy || m_deleting)
        return; // the answer carries the new secret, or a deletion runs
    QDialog::reject();
}
