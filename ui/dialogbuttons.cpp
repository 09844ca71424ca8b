#include "dialogbuttons.h"

#include <QDialogButtonBox>

namespace DialogButtons {

void keepTabOrder(QDialogButtonBox *box)
{
    box->setFocusProxy(nullptr);
}

} // namespace DialogButtons
