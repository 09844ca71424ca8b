#pragma once

#include <QList>

// The display names of resources/events.json (products and events) as lupdate sees them: the
// catalogue translates them at run time in the "EventCatalog" context. Keep this list in step
// with events.json (tests/translations checks it).
namespace EventCatalogNames {
// Every product and event name, untranslated, in the order of events.json.
const QList<const char *> &all();
} // namespace EventCatalogNames
