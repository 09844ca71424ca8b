#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/eventcatalog.h"

#include <QJsonArray>
#include <QJsonObject>

int Commands::events(CliContext &context, const QCommandLineParser &)
{
    const EventCatalog &catalog = EventCatalog::instance();
    Console &console = context.console();
    if (context.json()) {
        QJsonArray array;
        for (const EventType &event : catalog.events()) {
            array.append(QJsonObject{{QStringLiteral("type"), event.type},
                                     {QStringLiteral("product"), event.product},
                                     {QStringLiteral("name"), event.name}});
        }
        console.json(array);
        return toInt(ExitCode::Success);
    }

    qsizetype width = 0;
    for (const EventType &event : catalog.events())
        width = std::max(width, event.type.size());
    for (const QString &productId : catalog.productIds()) {
        console.out(catalog.productName(productId));
        for (const EventType &event : catalog.eventsOf(productId)) {
            QString line = QStringLiteral("  ") + event.type.leftJustified(width + 2)
                + catalog.displayName(event.type);
            if (event.limit != catalog.defaultLimit())
                line += QLatin1Char(' ') + Cli::tr("(at most %n per sales unit)", nullptr, event.limit);
            console.out(line);
        }
    }
    return toInt(ExitCode::Success);
}
