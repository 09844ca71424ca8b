#include "core/clientconfig.h"

#include "core/appinfo.h"

SystemInfo SystemInfo::defaults()
{
    return SystemInfo{AppInfo::displayName(), AppInfo::version(), AppInfo::applicationName(),
                      AppInfo::version()};
}
