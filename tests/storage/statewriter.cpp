// A helper of tst_statestore: one process that adds COUNT ids to the secret index of the state
// store FILE, each in a transaction of its own and each followed by a read, as a program
// registering webhooks does. Usage: statewriter FILE TAG COUNT [history]. With "history" it
// records COUNT history entries instead, each begun and finished in two transactions as a
// register is. Exit 0 when every write succeeded.
#include "storage/changehistory.h"
#include "storage/statestore.h"
#include "storage/webhooksecretindex.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const int count = arguments.value(3).toInt(&ok);
    if (arguments.size() < 4 || arguments.size() > 5 || !ok) {
        std::fputs("usage: statewriter FILE TAG COUNT [history]\n", stderr);
        return 2;
    }
    StateStore store(arguments.at(1));
    if (arguments.value(4) == QLatin1String("history")) {
        ChangeHistory history(store);
        for (int i = 0; i < count; ++i) {
            HistoryEntry entry;
            entry.profile = QStringLiteral("shared");
            entry.environment = QStringLiteral("test");
            entry.bucket = QStringLiteral("123456");
            entry.action = HistoryEntry::Action::Register;
            const auto id = history.begin(entry);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
                return 1;
            }
            const QString webhookId = arguments.at(2) + QLatin1Char('-') + QString::number(i);
            if (const auto error
                = history.finish(id.value(), HistoryEntry::Outcome::Succeeded, 201, {}, {}, webhookId)) {
                std::fprintf(stderr, "%s\n", qPrintable(error->message));
                return 1;
            }
        }
        return 0;
    }
    WebhookSecretIndex index(store);
    const QString profile = QStringLiteral("shared");
    const QString environment = QStringLiteral("test");
    const QString bucket = QStringLiteral("123456");
    for (int i = 0; i < count; ++i) {
        const QString id = arguments.at(2) + QLatin1Char('-') + QString::number(i);
        if (const auto error = index.add(profile, environment, bucket, id)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->message));
            return 1;
        }
        const auto ids = index.ids(profile, environment, bucket);
        if (!ids.ok() || !ids.value().contains(id)) {
            std::fprintf(stderr, "%s was not read back\n", qPrintable(id));
            return 1;
        }
    }
    return 0;
}
