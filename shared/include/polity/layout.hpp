// Polity Explorer — layout math for the views: timeline scale, graph layout, chart scales.
// Pure, deterministic, unit-tested natively; the widget only draws what these return.
#pragma once

#include "polity/model.hpp"

#include <vector>

namespace polity {

// (implemented in src/layout.cpp; see the tests in tests/unit-layout.cpp)

} // namespace polity
