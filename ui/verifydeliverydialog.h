#pragma once

#include "core/deliverysignature.h"
#include "core/deliveryverification.h"

#include <QDialog>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ui {
class VerifyDeliveryDialog;
}
class ConsoleSession;

// "Verify delivery": is a delivery genuine? It takes the delivery as received (a DeliveryInput:
// either the whole raw HTTP request pasted or opened from a file, or its URL, x-ms-date,
// x-ms-content-sha256 and Authorization headers and the body), and the secret: the one stored on this machine
// for a webhook of the open profile, or typed. It says VALID or NOT VALID and, when not valid, which step
// failed with the core's reason (DeliverySignature::verify). The chosen webhook's registered URL is what the
// delivery's host, path and query are compared with.
//
// Pure computation: nothing is sent. Only reading a stored secret is asynchronous (the keychain,
// through the session, tied to this dialog). The secret is read for each verification and not
// kept.
//
// Bytes: pasted or opened text is verified byte for byte (see RawTextEdit), line breaks
// included. A line break after the body (copying a request usually adds one) is left out only
// when the signed x-ms-content-sha256 shows that it is not part of the body; the result says so.
class VerifyDeliveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDeliveryDialog)

public:
    enum class State {
        Empty,
        Working,
        Valid,
        NotValid,
        CannotVerify
    };

    explicit VerifyDeliveryDialog(ConsoleSession *session, QWidget *parent = nullptr);
    ~VerifyDeliveryDialog() override;

    // Chooses the webhook whose registered URL (and stored secret, when there is one) is used.
    // False when the open profile has no webhook `id`.
    bool selectWebhook(const QString &id);
    QString selectedWebhookId() const;

    // Starts a verification (what Verify does). The result shows when it is done.
    void verify();
    State state() const { return m_state; }
    // The last verdict (Valid / NotValid), for tests.
    const std::optional<DeliverySignature::Verdict> &verdict() const { return m_verdict; }
    // The webhook whose stored secret verified the delivery ("Any stored secret"); empty else.
    QString signerId() const { return m_signerId; }

    // Names for the step that failed: "Body hash", "URL", ... (translated).
    static QString stepName(DeliverySignature::Failure failure);

Q_SIGNALS:
    void verified(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Request
    {
        Delivery delivery;
        QUrl registeredUrl;
        bool hostAndPathUnchecked = false; // a raw request without a webhook: nothing to compare with
    };

    void fillWebhooks();
    void onWebhookChanged();
    QUrl registeredUrl() const; // of the chosen webhook; empty when none is chosen
    std::optional<Request> readRequest(QString *problem) const;
    // Verifies with the secret read from the vault; a failed signature is compared with the secret
    // the same webhook has stored for the other environment.
    void finishComparingEnvironments(const Request &request, const QString &secret, const QString &id,
                                     quint64 attempt);
    void finish(const Request &request, const QString &secret,
                const std::optional<DeliveryVerification::OtherEnvironmentSecret> &other = std::nullopt);
    // "Any stored secret": every secret in the vault is tried (DeliveryAttribution).
    void findSigner(const Request &request);
    // The notes under a verdict (HTML, each after a break): a line break left out, the request's own
    // URL taken as the registered one, and the delivery's Webhook-Id when it carries one.
    static QString notes(const Request &request, const DeliverySignature::Verdict &verdict,
                         bool trailingLineBreakLeftOut);
    void showResult(State state, const QString &headline, const QString &detail);
    void clearResult();
    void retranslate();

    std::unique_ptr<Ui::VerifyDeliveryDialog> m_ui;
    ConsoleSession *m_session;
    State m_state = State::Empty;
    std::optional<DeliverySignature::Verdict> m_verdict;
    QString m_signerId;    // the registration found by "Any stored secret", for tests
    quint64 m_attempt = 0; // bumped by every input change: a late keychain answer is dropped
};
