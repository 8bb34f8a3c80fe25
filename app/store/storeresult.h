#pragma once

#include "storeerror.h"

#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace einvoice {

// A value or the StoreError that prevented it. Check ok() (or convert to bool) before value().
template<typename T> class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    StoreResult(StoreError error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    // By value, so that `for (x : repo.list().value())` does not dangle.
    T value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    const T *operator->() const { return &value(); }
    const StoreError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, StoreError> m_data;
};

// Success without a value, or the StoreError.
template<> class [[nodiscard]] StoreResult<void>
{
public:
    StoreResult() = default;
    StoreResult(StoreError error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const
    {
        Q_ASSERT(!ok());
        return *m_error;
    }

private:
    std::optional<StoreError> m_error;
};

using StoreStatus = StoreResult<void>;

} // namespace einvoice
