#include "registerdialog.h"
#include "ui_registerdialog.h"

#include "core/environment.h"
#include "core/eventcatalog.h"
#include "core/validation.h"
#include "delivery/urlpreflight.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

RegisterDialog::RegisterDialog(const Profile &profile, const QList<Webhook> &existing, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RegisterDialog>()), m_profile(profile)
{
    m_ui->setupUi(this);
    m_ui->eventPicker->setTestEnvironment(profile.isVippsTest());
    m_ui->eventPicker->setExisting(existing);
    m_ui->apiErrorLabel->setAutoFillBackground(true);

    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, &RegisterDialog::onUrlEdited);
    connect(m_ui->eventPicker, &EventPicker::selectionChanged, this, &RegisterDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegisterDialog::onRegisterClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RegisterDialog::reject);
    connect(m_ui->checkUrlPushButton, &QPushButton::clicked, this, &RegisterDialog::checkUrlNow);
    connect(m_ui->deleteAndRegisterAgainPushButton, &QPushButton::clicked, this, [this] {
        if (!m_busy && !m_unconfirmedId.isEmpty())
            Q_EMIT deleteAndRegisterAgainRequested();
    });
    m_ui->checkUrlPushButton->setVisible(false); // until setUrlPreflight()

    retranslate();
    m_ui->urlLineEdit->setFocus(Qt::OtherFocusReason);
}

RegisterDialog::~RegisterDialog() = default;

void RegisterDialog::setRequest(const RegisterRequest &initial)
{
    m_ui->urlLineEdit->setText(initial.url);
    m_ui->eventPicker->setSelectedEvents(initial.events);
    validate();
}

void RegisterDialog::setExisting(const QList<Webhook> &existing)
{
    m_ui->eventPicker->setExisting(existing);
    validate();
}

void RegisterDialog::setExistingUnknown()
{
    m_ui->eventPicker->setExistingUnknown();
    validate();
}

RegisterRequest RegisterDialog::request() const
{
    return RegisterRequest{m_ui->urlLineEdit->text().trimmed(), m_ui->eventPicker->selectedEvents()};
}

void RegisterDialog::setUrlPreflight(UrlPreflight *preflight)
{
    m_preflight = preflight;
    m_ui->checkUrlPushButton->setVisible(preflight != nullptr);
    validate();
}

void RegisterDialog::checkUrlNow()
{
    const QString text = m_ui->urlLineEdit->text().trimmed();
    if (!m_preflight || text.isEmpty() || m_busy)
        return;
    m_ui->preflightWidget->start(m_preflight, QUrl(text, QUrl::StrictMode));
}

void RegisterDialog::done(int result)
{
    m_ui->preflightWidget->cancel(); // nothing keeps calling the URL for a closed dialog
    QDialog::done(result);
}

void RegisterDialog::setBusy(bool busy, const QString &text)
{
    m_ui->busyLabel->setText(text.isEmpty() ? tr("Registering the webhook. This can take a few seconds...")
                                            : text);
    if (m_busy == busy)
        return;
    const bool hadFocus = m_ui->urlLineEdit->hasFocus();
    m_busy = busy;
    m_ui->urlLineEdit->setEnabled(!busy);
    m_ui->eventPicker->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->busyLabel->setVisible(busy);
    validate();
    if (!busy && !hadFocus)
        m_ui->urlLineEdit->setFocus(Qt::OtherFocusReason);
}

QString RegisterDialog::unconfirmedText(const ApiError &error)
{
    QString cause = ApiError::kindName(error.kind);
    if (error.httpStatus > 0)
        cause = tr("%1, HTTP %2")
                    .arg(error.title.trimmed().isEmpty() ? cause : error.title.trimmed())
                    .arg(error.httpStatus);
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(escaped(tr("Registered, but the secret was not received.")));
    parts << escaped(
        tr("Vipps MobilePay registered this webhook with the id %1, but the answer that carried its "
           "secret was lost (%2). The API never shows a secret again, so its deliveries cannot be "
           "verified.")
            .arg(error.unconfirmedWebhookId, cause));
    parts << escaped(
        tr("Delete it and register again to get a new secret: the same URL and events, registered once."));
    return parts.join(QStringLiteral("<br>"));
}

void RegisterDialog::showApiError(const ApiError &error, const QString &note)
{
    setBusy(false);
    m_unconfirmedId = error.unconfirmedWebhookId;
    m_requestAtUnconfirmed = request();

    QStringList urlReasons;
    QStringList eventReasons;
    QStringList general;
    for (const FieldError &field : error.fieldErrors) {
        const QString name = field.name.trimmed().toLower();
        const QString reason = field.reason.trimmed().isEmpty() ? tr("Refused.") : field.reason.trimmed();
        if (name.startsWith(QLatin1String("url")))
            urlReasons.append(reason);
        else if (name.startsWith(QLatin1String("event")))
            eventReasons.append(reason);
        else if (name.isEmpty())
            general.append(reason);
        else
            general.append(tr("%1: %2").arg(field.name.trimmed(), reason));
    }
    m_urlApiError = urlReasons.join(QLatin1Char(' '));
    m_eventsApiError = eventReasons.join(QLatin1Char(' '));
    m_eventsAtError = m_ui->eventPicker->selectedEvents();

    QStringList parts;
    if (!m_unconfirmedId.isEmpty()) {
        parts << unconfirmedText(error);
    } else {
        const QString title = error.title.trimmed().isEmpty() ? error.summary() : error.title.trimmed();
        parts << QStringLiteral("<b>%1</b>").arg(escaped(title));
        if (!error.detail.trimmed().isEmpty() && error.detail.trimmed() != title)
            parts << escaped(error.detail.trimmed());
        if (!error.hint().isEmpty())
            parts << QStringLiteral("<i>%1</i>").arg(escaped(error.hint()));
    }
    for (const QString &line : std::as_const(general))
        parts << escaped(line);
    if (!note.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(escaped(note));
    if (!error.traceId.trimmed().isEmpty()) {
        parts << escaped(tr("Trace id (support asks for it): %1").arg(error.traceId.trimmed()));
    }
    QPalette palette = m_ui->apiErrorLabel->palette();
    palette.setColor(QPalette::Window, isDark(palette) ? QColor(0x5c, 0x1e, 0x22) : QColor(0xfd, 0xe7, 0xe9));
    m_ui->apiErrorLabel->setPalette(palette);
    m_ui->apiErrorLabel->setText(parts.join(QStringLiteral("<br>")));
    m_ui->apiErrorLabel->setVisible(true);
    validate();

    if (!m_urlApiError.isEmpty())
        m_ui->urlLineEdit->setFocus(Qt::OtherFocusReason);
    else if (!m_eventsApiError.isEmpty())
        m_ui->eventPicker->setFocus(Qt::OtherFocusReason);
}

std::pair<RegisterDialog::Severity, QString> RegisterDialog::checkUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {Severity::Info, tr("Enter the https:// address that will receive the events.")};

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http"))
        return {Severity::Error, tr("Use https://. Vipps MobilePay delivers webhooks over HTTPS only.")};
    if (scheme.isEmpty() || url.host().isEmpty()) {
        return {Severity::Error,
                tr("Enter an absolute address that starts with https://, such as "
                   "https://example.com/webhooks.")};
    }
    if (const auto problem = Validation::checkCallbackUrl(trimmed))
        return {Severity::Error, *problem};

    const QString host = url.host();
    if (Validation::isLoopbackHost(host)) {
        return {Severity::Error,
                tr("%1 is this computer: Vipps MobilePay cannot reach it. Use a public address "
                   "(a tunnel gives you one for tests).")
                    .arg(host)};
    }
    if (Validation::isPrivateOrLocalHost(host)) {
        return {Severity::Error,
                tr("%1 is a private or local address that Vipps MobilePay cannot reach. Use a "
                   "public host name.")
                    .arg(host)};
    }

    QStringList warnings;
    const int port = url.port();
    if (port != -1 && port != 443 && port != 80 && port != 8080) {
        warnings << tr("Port %1 is unusual: Vipps MobilePay recommends 443, 80 or 8080, and "
                       "deliveries to other ports may fail.")
                        .arg(port);
    }
    if (!warnings.isEmpty())
        return {Severity::Warning, warnings.join(QLatin1Char(' '))};
    return {Severity::Ok, tr("A public HTTPS address. It must answer 2xx, without redirects.")};
}

void RegisterDialog::reject()
{
    if (m_busy)
        return; // the answer carries the secret: wait for it
    QDialog::reject();
}

void RegisterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RegisterDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Register"));

    const QString environment = Environments::displayName(m_profile.shownEnvironment());
    QString context;
    if (m_profile.isPartner()) {
        context = tr("Registers with partner keys in %1: the webhook covers every sales unit, "
                     "present and future.")
                      .arg(environment);
    } else if (m_profile.isPsp()) {
        context = tr("Registers as PSP %1 for the merchant's sales unit %2 in %3.")
                      .arg(m_profile.pspId, m_profile.msn, environment);
    } else {
        context = tr("Registers for sales unit %1 in %2.").arg(m_profile.msn, environment);
    }
    if (m_profile.isProduction()) {
        context += QLatin1Char(' ') + tr("This webhook will receive live payment events.");
        setMessage(m_ui->contextLabel, Severity::Warning, context);
    } else {
        m_ui->contextLabel->setText(context);
    }
    validate();
}

void RegisterDialog::onUrlEdited()
{
    m_urlApiError.clear();
    m_ui->preflightWidget->clear(); // its results are for another URL
    m_ui->eventPicker->setUrl(m_ui->urlLineEdit->text());
    validate();
}

void RegisterDialog::clearApiError()
{
    m_ui->apiErrorLabel->clear();
    m_ui->apiErrorLabel->setVisible(false);
    m_unconfirmedId.clear();
    validate();
}

void RegisterDialog::validate()
{
    const QString text = m_ui->urlLineEdit->text();
    const auto [severity, message] = checkUrl(text);
    if (!m_urlApiError.isEmpty())
        setMessage(m_ui->urlStatusLabel, Severity::Error, tr("Refused by the API: %1").arg(m_urlApiError));
    else
        setMessage(m_ui->urlStatusLabel, severity, message);

    EventPicker *picker = m_ui->eventPicker;
    const QStringList selected = picker->selectedEvents();
    if (!m_eventsApiError.isEmpty() && selected != m_eventsAtError)
        m_eventsApiError.clear();

    const EventCatalog &catalog = EventCatalog::instance();
    auto names = [&catalog](const QStringList &types) {
        QStringList out;
        for (const QString &type : types)
            out << catalog.qualifiedName(type);
        return QLocale().createSeparatedList(out);
    };
    QStringList eventNotes;
    Severity eventsSeverity = Severity::Info;
    if (!m_eventsApiError.isEmpty()) {
        eventsSeverity = Severity::Error;
        eventNotes << tr("Refused by the API: %1").arg(m_eventsApiError);
    }
    if (selected.isEmpty()) {
        eventNotes << tr("Choose at least one event.");
    } else {
        const QStringList duplicates = picker->duplicateEvents();
        if (!duplicates.isEmpty()) {
            eventsSeverity = std::max(eventsSeverity, Severity::Warning);
            eventNotes << tr("This URL is already registered for %1: each of these events would "
                             "arrive twice.")
                              .arg(names(duplicates));
        }
        if (eventNotes.isEmpty())
            eventNotes << tr("Events selected: %1.").arg(selected.size());
    }
    if (!picker->countsKnown()) {
        eventsSeverity = std::max(eventsSeverity, Severity::Warning);
        eventNotes << tr("The webhooks could not be loaded, so the limits and the events this URL "
                         "already has were not checked.");
    }
    if (!picker->refusedEvents().isEmpty()) {
        eventsSeverity = std::max(eventsSeverity, Severity::Warning);
        eventNotes
            << tr("Not selected because the limit is reached: %1.").arg(names(picker->refusedEvents()));
    }
    eventNotes << picker->selectedTestEnvironmentNotes();
    setMessage(m_ui->eventsStatusLabel, eventsSeverity, eventNotes.join(QLatin1Char(' ')));

    m_ui->checkUrlPushButton->setEnabled(m_preflight && !text.trimmed().isEmpty() && !m_busy);
    // The offer stands for what failed: not once the form holds another URL or other events.
    const RegisterRequest current = request();
    const bool offer = !m_unconfirmedId.isEmpty() && !m_busy && current.url == m_requestAtUnconfirmed.url
        && current.events == m_requestAtUnconfirmed.events;
    m_ui->deleteAndRegisterAgainPushButton->setVisible(offer);
    // While it stands, Enter takes the offer rather than registering the same a second time.
    m_ui->deleteAndRegisterAgainPushButton->setDefault(offer);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(!offer);
    const bool valid = !text.trimmed().isEmpty() && severity != Severity::Error && !selected.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy);
}

void RegisterDialog::onRegisterClicked()
{
    validate();
    if (m_busy || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    clearApiError();
    Q_EMIT submitted(request());
}

void RegisterDialog::setMessage(QLabel *label, Severity severity, const QString &text)
{
    FieldMessage::show(label, severity, text);
}
