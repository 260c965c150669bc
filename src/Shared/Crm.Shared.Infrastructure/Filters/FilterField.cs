using System.Globalization;
using System.Linq.Expressions;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Crm.Shared.Infrastructure.Filters;

/// <summary>A field a list can be filtered on: it turns a condition into a predicate the database runs, or says why it cannot.</summary>
public sealed class FilterField<T>(string name, string kind, Func<FilterCondition, Result<Expression<Func<T, bool>>>> build)
{
    public string Name { get; } = name;

    /// <summary>What the field holds, for clients building filters: text, texts, choice, id, instant, date, number, tags, bool, multiChoice.</summary>
    public string Kind { get; } = kind;

    public Result<Expression<Func<T, bool>>> Where(FilterCondition condition) => build(condition);
}

/// <summary>The kinds of filter fields, each taking the operators that make sense for what it holds.</summary>
public static class FilterFields
{
    // ToLower() here becomes the database's lower(): the culture-aware and comparison-type overloads have no translation.
#pragma warning disable CA1304, CA1311, CA1862

    /// <summary>Text compared without regard to case.</summary>
    public static FilterField<T> Text<T>(string name, Expression<Func<T, string?>> column) => new(name, "text", c =>
    {
        var values = c.Values.Select(v => v.Trim().ToLowerInvariant()).ToList();
        var first = values.FirstOrDefault() ?? string.Empty;
        return c.Operator switch
        {
            FilterOperator.Eq => Bind(column, v => v != null && v.ToLower() == first),
            FilterOperator.Neq => Bind(column, v => v == null || v.ToLower() != first),
            FilterOperator.Contains => Bind(column, v => v != null && v.ToLower().Contains(first)),
            FilterOperator.StartsWith => Bind(column, v => v != null && v.ToLower().StartsWith(first)),
            FilterOperator.In => Bind(column, v => v != null && values.Contains(v.ToLower())),
            FilterOperator.IsEmpty => Bind(column, v => v == null || v == string.Empty),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null && v != string.Empty),
            _ => NotFor(c, "text"),
        };
    });
#pragma warning restore CA1304, CA1311, CA1862

    /// <summary>One of a fixed set of names (an enum), read without regard to case.</summary>
    public static FilterField<T> Choice<T, TEnum>(string name, Expression<Func<T, TEnum>> column)
        where TEnum : struct, Enum => new(name, "choice", c =>
    {
        var parsed = Members<TEnum>(name, c);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var members = parsed.Value;
        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => Bind(column, v => members.Contains(v)),
            FilterOperator.Neq => Bind(column, v => !members.Contains(v)),
            _ => NotFor(c, "a choice"),
        };
    });

    /// <summary>One of a fixed set of names (an enum) or none, read without regard to case.</summary>
    public static FilterField<T> OptionalChoice<T, TEnum>(string name, Expression<Func<T, TEnum?>> column)
        where TEnum : struct, Enum => new(name, "choice", c =>
    {
        var parsed = Members<TEnum>(name, c);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var members = parsed.Value.ConvertAll(m => (TEnum?)m);
        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => Bind(column, v => v != null && members.Contains(v)),
            FilterOperator.Neq => Bind(column, v => v == null || !members.Contains(v)),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            _ => NotFor(c, "a choice"),
        };
    });

    public static FilterField<T> Id<T>(string name, Expression<Func<T, Guid?>> column) => Id(name, column, id => id);

    /// <summary>An id held as a typed id (<c>CompanyId</c>), made from the Guid given by <paramref name="wrap"/>.</summary>
    public static FilterField<T> Id<T, TId>(string name, Expression<Func<T, TId?>> column, Func<Guid, TId> wrap)
        where TId : struct => new(name, "id", c =>
    {
        var ids = new List<TId?>();
        foreach (var value in c.Values)
        {
            if (!Guid.TryParse(value, out var id))
            {
                return Invalid($"'{value}' is not an id for {name}.");
            }

            ids.Add(wrap(id));
        }

        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => Bind(column, v => ids.Contains(v)),
            FilterOperator.Neq => Bind(column, v => v == null || !ids.Contains(v)),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            _ => NotFor(c, "an id"),
        };
    });

    /// <summary>A moment, filtered by days (UTC, <c>2026-01-31</c>, the whole day) or by instants (ISO 8601).</summary>
    public static FilterField<T> Instant<T>(string name, Expression<Func<T, DateTimeOffset?>> column) => new(name, "instant", c =>
    {
        var bounds = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var value in c.Values)
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                bounds.Add((midnight, day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : midnight.AddDays(1)));
            }
            else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                // Stored and compared in UTC.
                bounds.Add((instant.ToUniversalTime(), instant.ToUniversalTime()));
            }
            else
            {
                return Invalid($"'{value}' is not a date (2026-01-31) or an instant (2026-01-31T08:00:00Z) for {name}.");
            }
        }

        // A day is the span from its midnight to the next; an instant is a span of no length.
        var (start, end) = bounds.Count > 0 ? bounds[0] : default;
        var exact = start == end;
        var (lastStart, lastEnd) = bounds.Count > 0 ? bounds[^1] : default;
        var lastExact = lastStart == lastEnd;
        return c.Operator switch
        {
            FilterOperator.Eq when exact => Bind(column, v => v == start),
            FilterOperator.Eq => Bind(column, v => v >= start && v < end),
            FilterOperator.Gt when exact => Bind(column, v => v > start),
            FilterOperator.Gt => Bind(column, v => v >= end),
            FilterOperator.Gte => Bind(column, v => v >= start),
            FilterOperator.Lt => Bind(column, v => v < start),
            FilterOperator.Lte when exact => Bind(column, v => v <= start),
            FilterOperator.Lte => Bind(column, v => v < end),
            FilterOperator.Between when lastExact => Bind(column, v => v >= start && v <= lastStart),
            FilterOperator.Between => Bind(column, v => v >= start && v < lastEnd),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            _ => NotFor(c, "a date"),
        };
    });

    /// <summary>A calendar date stored as <c>yyyy-MM-dd</c> text, which sorts as dates do.</summary>
    public static FilterField<T> Date<T>(string name, Expression<Func<T, string?>> column) => new(name, "date", c =>
    {
        var days = new List<string>();
        foreach (var value in c.Values)
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return Invalid($"'{value}' is not a date (2026-01-31) for {name}.");
            }

            days.Add(value);
        }

        var first = days.FirstOrDefault() ?? string.Empty;
        var last = days.LastOrDefault() ?? string.Empty;
        return c.Operator switch
        {
            FilterOperator.Eq => Bind(column, v => v == first),
            FilterOperator.Neq => Bind(column, v => v == null || v != first),
            FilterOperator.Gt => Bind(column, v => v!.CompareTo(first) > 0),
            FilterOperator.Gte => Bind(column, v => v!.CompareTo(first) >= 0),
            FilterOperator.Lt => Bind(column, v => v!.CompareTo(first) < 0),
            FilterOperator.Lte => Bind(column, v => v!.CompareTo(first) <= 0),
            FilterOperator.Between => Bind(column, v => v!.CompareTo(first) >= 0 && v!.CompareTo(last) <= 0),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            _ => NotFor(c, "a date"),
        };
    });

    public static FilterField<T> Number<T>(string name, Expression<Func<T, double?>> column) => new(name, "number", c =>
    {
        var numbers = new List<double>();
        foreach (var value in c.Values)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return Invalid($"'{value}' is not a number for {name} (write 1234.5).");
            }

            numbers.Add(number);
        }

        var first = numbers.FirstOrDefault();
        var last = numbers.LastOrDefault();
        return c.Operator switch
        {
            FilterOperator.Eq => Bind(column, v => v == first),
            FilterOperator.Neq => Bind(column, v => v == null || v != first),
            FilterOperator.In => Bind(column, v => v != null && numbers.Contains(v.Value)),
            FilterOperator.Gt => Bind(column, v => v > first),
            FilterOperator.Gte => Bind(column, v => v >= first),
            FilterOperator.Lt => Bind(column, v => v < first),
            FilterOperator.Lte => Bind(column, v => v <= first),
            FilterOperator.Between => Bind(column, v => v >= first && v <= last),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            _ => NotFor(c, "a number"),
        };
    });

    public static FilterField<T> Flag<T>(string name, Expression<Func<T, bool?>> column) => new(name, "bool", c =>
    {
        var yes = (c.Values.Count > 0 ? c.Values[0] : null)?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            null => (bool?)null,
            _ => null,
        };
        return c.Operator switch
        {
            FilterOperator.Eq when yes is { } flag => flag ? Bind(column, v => v == true) : Bind(column, v => v == false),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            FilterOperator.Eq => Invalid($"{name} is true or false."),
            _ => NotFor(c, "a yes/no field"),
        };
    });

    /// <summary>
    /// A list of texts compared without regard to case (a company's domains): eq, contains and startsWith hold when one of
    /// them does, in when one of them is among the values; neq when none of them is the value.
    /// </summary>
#pragma warning disable CA1304, CA1310, CA1311, CA1862
    public static FilterField<T> Texts<T>(string name, Expression<Func<T, List<string>>> column) => new(name, "texts", c =>
    {
        var values = c.Values.Select(v => v.Trim().ToLowerInvariant()).ToList();
        var first = values.FirstOrDefault() ?? string.Empty;
        return c.Operator switch
        {
            FilterOperator.Eq => Bind(column, texts => texts.Any(t => t.ToLower() == first)),
            FilterOperator.Neq => Bind(column, texts => !texts.Any(t => t.ToLower() == first)),
            FilterOperator.Contains => Bind(column, texts => texts.Any(t => t.ToLower().Contains(first))),
            FilterOperator.StartsWith => Bind(column, texts => texts.Any(t => t.ToLower().StartsWith(first))),
            FilterOperator.In => Bind(column, texts => texts.Any(t => values.Contains(t.ToLower()))),
            FilterOperator.IsEmpty => Bind(column, texts => !texts.Any()),
            FilterOperator.IsNotEmpty => Bind(column, texts => texts.Any()),
            _ => NotFor(c, "a list of texts"),
        };
    });
#pragma warning restore CA1304, CA1310, CA1311, CA1862

    /// <summary>A list of texts (tags): eq holds that one, in holds any of them.</summary>
    public static FilterField<T> Tags<T>(string name, Expression<Func<T, List<string>>> column) => new(name, "tags", c =>
    {
        var values = c.Values.Select(v => v.Trim()).ToList();
        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => Bind(column, tags => tags.Any(t => values.Contains(t))),
            FilterOperator.Neq => Bind(column, tags => !tags.Any(t => values.Contains(t))),
            FilterOperator.IsEmpty => Bind(column, tags => !tags.Any()),
            FilterOperator.IsNotEmpty => Bind(column, tags => tags.Any()),
            _ => NotFor(c, "tags"),
        };
    });

    /// <summary>A JSON list of option keys read as text (<c>["a", "b"]</c>): eq holds that option, in holds any of them.</summary>
    public static FilterField<T> Options<T>(string name, Expression<Func<T, string?>> column, Func<string, string?> keyOf) => new(name, "multiChoice", c =>
    {
        var patterns = new List<string>();
        foreach (var value in c.Values)
        {
            if (keyOf(value) is not { } key)
            {
                return Invalid($"'{value}' is not an option of {name}.");
            }

            // Keys hold underscores, which LIKE would read as "any character".
            patterns.Add($"%\"{key.Replace("_", "\\_", StringComparison.Ordinal)}\"%");
        }

        Expression<Func<T, bool>>? any = null;
        foreach (var pattern in patterns)
        {
            var holds = Bind(column, v => EF.Functions.Like(v, pattern, "\\"));
            any = any is null ? holds : Or(any, holds);
        }

        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => any!,
            FilterOperator.Neq => Not(any!),
            FilterOperator.IsEmpty => Bind(column, v => v == null),
            FilterOperator.IsNotEmpty => Bind(column, v => v != null),
            _ => NotFor(c, "a multiple choice"),
        };
    });

    /// <summary>The test applied to the column: <paramref name="test"/>'s parameter replaced by the column's expression.</summary>
    public static Expression<Func<T, bool>> Bind<T, TColumn>(Expression<Func<T, TColumn>> column, Expression<Func<TColumn, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(ReplacingExpressionVisitor.Replace(test.Parameters[0], column.Body, test.Body), column.Parameters);

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)), left.Parameters);

    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)), left.Parameters);

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> test) => Expression.Lambda<Func<T, bool>>(Expression.Not(test.Body), test.Parameters);

    private static Result<List<TEnum>> Members<TEnum>(string name, FilterCondition c)
        where TEnum : struct, Enum
    {
        var members = new List<TEnum>();
        foreach (var value in c.Values)
        {
            if (!Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var member) || !Enum.IsDefined(member) || int.TryParse(value, out _))
            {
                return Invalid($"'{value}' is not a value of {name}: {string.Join(", ", Enum.GetNames<TEnum>())}.");
            }

            members.Add(member);
        }

        return members;
    }

    private static Error NotFor(FilterCondition c, string what) =>
        Error.Validation("filter.operator_not_supported", $"{c.Field} is {what}: it cannot be filtered with {c.Operator.ToString().ToLowerInvariant()}.");

    private static Error Invalid(string message) => Error.Validation("filter.invalid", message);
}
