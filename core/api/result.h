#pragma once

#include "net/apierror.h"

#include <functional>
#include <optional>

namespace lsdesk {

// The outcome of one typed API call: a value or an error, never both.
template <class T> struct Result
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return error.ok() && value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }

    static Result success(T v) { return Result { std::move(v), {} }; }
    static Result failure(ApiError e) { return Result { std::nullopt, std::move(e) }; }
};

// For calls whose reply carries nothing (DELETE -> 204).
struct Empty
{
};

template <class T> using Callback = std::function<void(const Result<T> &)>;

} // namespace lsdesk
