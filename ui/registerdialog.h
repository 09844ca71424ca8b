#pragma once

#include "core/apierror.h"
#include "core/webhook.h"
#include "fieldmessage.h"
#include "storage/profile.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Ui {
class RegisterDialog;
}
class QLabel;
class UrlPreflight;

// Asks for a callback URL and the events to register it for. Validates as the user types and
// says why beside the field; shows how many registrations each event already has in this sales
// unit (or partner bucket) against its limit. Register emits submitted() and leaves the dialog
// open: the caller runs the request (setBusy), then accept()s on success or calls
// showApiError(), which keeps everything the user typed.
class RegisterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterDialog)

public:
    using Severity = FieldSeverity; // None, Info, Ok, Warning, Error (fieldmessage.h)

    // `existing`: the registrations of this sales unit (or partner bucket), for the counts.
    RegisterDialog(const Profile &profile, const QList<Webhook> &existing, QWidget *parent = nullptr);
    ~RegisterDialog() override;

    void setRequest(const RegisterRequest &initial); // prefill ("Register similar")
    // New registrations of the bucket (after a refresh): the counts and warnings follow.
    void setExisting(const QList<Webhook> &existing);
    // The registrations could not be loaded: the counts show as unknown and a note says that
    // the limits and duplicates were not checked.
    void setExistingUnknown();
    RegisterRequest request() const;

    // While busy the inputs are disabled, a busy text shows (`text`, or "Registering…"), and the
    // dialog cannot be closed (a registration's secret is returned once: the answer must not be lost).
    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const { return m_busy; }
    // Shows title, detail and trace id at the top and each field error beside its field, and
    // `note` (plain text) beneath them. Ends the busy state; keeps what the user typed.
    // When the registration took effect although its answer was lost (unconfirmedWebhookId),
    // says "registered, but the secret was not received", names the id and offers "Delete It
    // and Register Again" (deleteAndRegisterAgainRequested()) while the form holds what failed.
    void showApiError(const ApiError &error, const QString &note = {});
    void clearApiError();
    // The registration without a secret that the error shown names, or empty.
    QString unconfirmedWebhookId() const { return m_unconfirmedId; }

    // What the URL field says about `url` (exposed for tests and for the CLI's wording).
    static std::pair<Severity, QString> checkUrl(const QString &url);

    // Enables "Check URL": the typed URL is called as Vipps MobilePay would call it, before
    // registering (the preflight service does the network work; the results show below the URL).
    // A check runs without blocking, and is stopped when the URL changes or the dialog closes.
    void setUrlPreflight(UrlPreflight *preflight);
    void checkUrlNow();

public Q_SLOTS:
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void submitted(const RegisterRequest &request); // Register clicked with valid input
    // "Delete It and Register Again" clicked (see showApiError()).
    void deleteAndRegisterAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRegisterClicked();
    void onUrlEdited();
    void validate();
    void retranslate();
    static QString unconfirmedText(const ApiError &error);
    void setMessage(QLabel *label, Severity severity, const QString &text);

    std::unique_ptr<Ui::RegisterDialog> m_ui;
    QPointer<UrlPreflight> m_preflight;
    Profile m_profile;
    bool m_busy = false;
    QString m_urlApiError;    // the API's word on the URL, until the URL is edited
    QString m_eventsApiError; // the API's word on the events, until the selection changes
    QStringList m_eventsAtError;
    QString m_unconfirmedId;                // a registration whose secret was lost
    RegisterRequest m_requestAtUnconfirmed; // what failed: the offer stands while the form holds it
};
