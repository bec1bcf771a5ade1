// Polity Explorer widget — the entry point: create one widget for this module instance and
// hand it to the browser. Each createPolityWidget() call on the page runs this once.
#include "platform/platform.hpp"

int main() {
    polity::platform::Widget* widget = polity::platform::CreateWidget();
    if (widget == nullptr) return 1;  // no WebGL 2: the page reports the failed start
    polity::platform::Start(*widget); // from here the page's events and frames drive it
    return 0;
}
