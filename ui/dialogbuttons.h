#pragma once

class QDialogButtonBox;

namespace DialogButtons {

// Call after adding buttons to a button box that has standard buttons, or for a box whose first
// button is hidden at times. QDialogButtonBox makes its first button its focus proxy and stays in
// the Tab chain itself, before its standard buttons. With two or more buttons added, Qt 6.4 then
// sends Tab from the last added button to the box, that is to its first button again, so Tab goes
// round the added buttons and never reaches Close or Cancel; with the first button hidden, Tab
// skips the rest of the box. Without the proxy the box is passed over and Tab goes on to each
// button as they stand.
void keepTabOrder(QDialogButtonBox *box);

} // namespace DialogButtons
