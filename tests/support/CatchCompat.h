#pragma once

// One include for Catch2 2.13 and Catch2 3.
#if defined(CLIENTELE_CATCH3)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

namespace clientele::test {
#if defined(CLIENTELE_CATCH3)
using Approx = Catch::Approx;
#else
using Approx = Catch::Detail::Approx;
#endif
} // namespace clientele::test
#include <ostream>

// Readable QString/QByteArray in assertion messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}
