// "Which secret signed this delivery?" with the real Secret Service (scripts/with-test-keyring):
// several registrations of one URL in two profiles and both environments, each with its own
// secret in the vault; a delivery is attributed to the one whose secret signed it, or to none.
#include "operationstestsupport.h"

#include "core/deliverysignature.h"
#include "operations/deliveryattribution.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr int Wait = 20000;
const QString Url = QStringLiteral("https://example.com/vipps/hooks");
const QByteArray Body = QByteArrayLiteral("{\"msn\":\"123456\",\"name\":\"CREATED\"}");

QString newSecret()
{
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 12);
    return QString::fromLatin1(bytes.toBase64());
}

Profile profile(const QString &name, Environment environment, const QString &msn)
{
    Profile p;
    p.name = name;
    p.environment = environment;
    p.msn = msn;
    return p;
}

struct Stored
{
    Profile profile;
    QString id;
    QString secret;
};

} // namespace

class TestDeliveryAttribution final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileManager> m_manager;
    QList<Stored> m_stored;

    void store(const Profile &owner)
    {
        const Stored entry{owner, QUuid::createUuid().toString(QUuid::WithoutBraces), newSecret()};
        std::optional<Result<Done, KeychainError>> done;
        m_manager->storeWebhookSecret(entry.profile, entry.id, entry.secret, this,
                                      [&done](const Result<Done, KeychainError> &r) { done = r; });
        QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, Wait));
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().message));
        m_stored.append(entry);
    }

    QList<DeliveryAttribution::KnownRegistration> known() const
    {
        QList<DeliveryAttribution::KnownRegistration> list;
        for (const Stored &entry : m_stored)
            list.append(
                {entry.profile, Webhook{entry.id, Url, {QStringLiteral("epayments.payment.created.v1")}}});
        return list;
    }

    DeliveryAttribution::Finding find(const Delivery &delivery,
                                      const QList<DeliveryAttribution::KnownRegistration> &registrations)
    {
        DeliveryAttribution attribution(m_manager.get());
        std::optional<DeliveryAttribution::Finding> finding;
        int calls = 0;
        attribution.find(delivery, QUrl(Url), registrations, this,
                         [&](const DeliveryAttribution::Finding &f) {
                             finding = f;
                             ++calls;
                         });
        // Never from inside find().
        [&] { QCOMPARE(calls, 0); }();
        [&] { QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, Wait)); }();
        return finding.value_or(DeliveryAttribution::Finding{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!OperationsTest::inThrowawayKeyring())
            QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/wc-attribution-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<KeychainSecretStore>(
            QStringLiteral("wc-attribution-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_manager = std::make_unique<ProfileManager>(m_store.get(), m_secrets.get());
        m_stored.clear();
        Profile shop = profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("123456"));
        m_store->save(shop);
        store(shop);
        store(shop); // the same URL registered twice for the same sales unit
        store(profile(QStringLiteral("Shop"), Environment::Production, QStringLiteral("123456")));
        store(profile(QStringLiteral("Partner"), Environment::Production, QString()));
        store(profile(QString(), Environment::Test, QStringLiteral("654321"))); // no profile
    }

    void cleanup()
    {
        m_manager.reset();
        m_secrets.reset();
        m_store.reset();
        m_dir.reset();
    }

    void vault_listsEveryStoredSecret()
    {
        const auto stored = m_manager->storedWebhookSecrets();
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        const QList<ProfileManager::StoredSecret> &all = stored.value();
        QCOMPARE(all.size(), m_stored.size());
        for (const Stored &entry : std::as_const(m_stored)) {
            const auto it
                = std::find_if(all.cbegin(), all.cend(), [&](const ProfileManager::StoredSecret &s) {
                      return s.webhookId == entry.id;
                  });
            QVERIFY(it != all.cend());
            QCOMPARE(it->profile.name, entry.profile.name);
            QCOMPARE(it->profile.environment, entry.profile.environment);
            QCOMPARE(it->profile.msn, entry.profile.msn);
        }
    }

    void find_namesEachRegistrationThatSigned()
    {
        for (const Stored &signer : std::as_const(m_stored)) {
            const Delivery delivery
                = DeliverySignature::sign(QUrl(Url), Body, signer.secret, QDateTime::currentDateTimeUtc());
            const auto finding = find(delivery, known());
            QVERIFY2(finding.isValid(), qPrintable(finding.explanation()));
            QCOMPARE(finding.signer->webhookId, signer.id);
            QCOMPARE(finding.signer->profile.name, signer.profile.name);
            QCOMPARE(finding.signer->profile.environment, signer.profile.environment);
            QCOMPARE(finding.signer->profile.msn, signer.profile.msn);
            QVERIFY(finding.verdict.isValid());
            QVERIFY2(finding.explanation().contains(signer.id), qPrintable(finding.explanation()));
            QVERIFY(finding.explanation().contains(QLatin1String("once per registration")));
        }
    }

    void find_noneVerifies_saysSeveralRegistrations()
    {
        const Delivery delivery
            = DeliverySignature::sign(QUrl(Url), Body, newSecret(), QDateTime::currentDateTimeUtc());
        const auto finding = find(delivery, known());
        QVERIFY(!finding.isValid());
        QCOMPARE(finding.secretsTried, m_stored.size());
        QCOMPARE(finding.verdict.failure, DeliverySignature::Failure::SignatureMismatch);
        QCOMPARE(finding.registrationsOfUrl.size(), m_stored.size());
        const QString text = finding.explanation();
        QVERIFY2(text.contains(QStringLiteral("%1 registrations").arg(m_stored.size())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("each signed with its own secret")), qPrintable(text));
    }

    void find_noneVerifies_noRegistrationKnown()
    {
        const Delivery delivery
            = DeliverySignature::sign(QUrl(Url), Body, newSecret(), QDateTime::currentDateTimeUtc());
        QList<DeliveryAttribution::KnownRegistration> elsewhere = known();
        for (auto &registration : elsewhere)
            registration.webhook.url = QStringLiteral("https://example.com/other");
        const auto finding = find(delivery, elsewhere);
        QVERIFY(!finding.isValid());
        QVERIFY(finding.registrationsOfUrl.isEmpty());
        QVERIFY2(finding.explanation().contains(QLatin1String("No registration of this URL is known here")),
                 qPrintable(finding.explanation()));
    }

    void find_sameEndpointSpelledDifferently()
    {
        QList<DeliveryAttribution::KnownRegistration> spelled = known();
        spelled.first().webhook.url = QStringLiteral("https://EXAMPLE.com:443/vipps/hooks");
        QCOMPARE(DeliveryAttribution::registrationsOf(QUrl(Url), spelled).size(), m_stored.size());
    }

    void find_bodyChanged_failsBeforeAnySecret()
    {
        Delivery delivery = DeliverySignature::sign(QUrl(Url), Body, m_stored.first().secret,
                                                    QDateTime::currentDateTimeUtc());
        delivery.body += ' ';
        const auto finding = find(delivery, known());
        QVERIFY(!finding.isValid());
        QCOMPARE(finding.verdict.failure, DeliverySignature::Failure::BodyHashMismatch);
        QCOMPARE(finding.secretsTried, 1); // the same for every secret: no point in trying more
    }

    void find_contextGone_noCallback()
    {
        DeliveryAttribution attribution(m_manager.get());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        const Delivery delivery = DeliverySignature::sign(QUrl(Url), Body, m_stored.last().secret,
                                                          QDateTime::currentDateTimeUtc());
        attribution.find(delivery, QUrl(Url), known(), context.get(),
                         [&calls](const DeliveryAttribution::Finding &) { ++calls; });
        context.reset();
        // A second search on another context completes: by then the first has ended or been dropped.
        std::optional<DeliveryAttribution::Finding> second;
        attribution.find(delivery, QUrl(Url), known(), this,
                         [&second](const DeliveryAttribution::Finding &f) { second = f; });
        QVERIFY(QTest::qWaitFor([&] { return second.has_value(); }, Wait));
        QVERIFY(second->isValid());
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryAttribution)
#include "tst_deliveryattribution.moc"
