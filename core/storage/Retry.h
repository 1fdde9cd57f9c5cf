#pragma once

#include "../domain/Result.h"

#include <QRandomGenerator>
#include <QThread>

namespace clientele::core::storage {

// The one place where a write that lost to another writer is run again. `work` is a whole
// transaction (it begins, writes and commits, or rolls back and returns the error); when it fails
// with Error::Code::Busy — a PostgreSQL serialization failure or deadlock (SQLite waits for the
// file in BEGIN IMMEDIATE instead) — nothing of it was kept, so it runs again after a growing,
// jittered pause: at most kAttempts times in all, about 6 s of waiting. Any other error is
// returned at once.
struct Retry
{
    static constexpr int kAttempts = 6;

    template <typename Work>
    static auto run(Work&& work) -> decltype(work())
    {
        for (int attempt = 1;; ++attempt) {
            auto result = work();
            if (result.ok() || result.error().code != Error::Code::Busy || attempt == kAttempts)
                return result;
            const int base = 50 << attempt; // 100, 200, 400 … ms
            QThread::msleep(ulong(base + QRandomGenerator::global()->bounded(base)));
        }
    }
};

} // namespace clientele::core::storage
