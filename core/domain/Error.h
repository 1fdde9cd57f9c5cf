#pragma once

#include <QString>

namespace clientele::core {

// A failure a user can read. `message` is already translated (QCoreApplication::translate),
// so the UI shows it as is and the CLI prints it.
struct Error
{
    enum class Code {
        Usage,          // bad arguments or settings
        Io,             // file cannot be opened, read or written
        NotCsv,         // binary, empty or structurally broken input
        Encoding,       // bytes that do not decode in the chosen encoding
        InvalidData,    // rows refused (strict mode) or a value that does not parse
        NotFound,
        Conflict,       // the operation would break something that depends on it
        Database,
        SchemaTooNew,   // file written by a newer Clientele
        Cancelled,
        Forbidden,      // the signed-in user's role may not do this
        Busy,           // another writer held the database: the same transaction may be run again
    };

    Code code = Code::Database;
    QString message;

    static Error make(Code code, const QString& message) { return Error{code, message}; }
};

} // namespace clientele::core
