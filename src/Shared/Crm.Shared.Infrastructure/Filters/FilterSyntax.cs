using System.Text;
using Crm.Shared.Kernel;

namespace Crm.Shared.Infrastructure.Filters;

/// <summary>
/// The query-string form of a condition, <c>field:operator:value</c>: <c>lastName:startsWith:Mar</c>,
/// <c>lifecycleStage:in:lead,customer</c>, <c>createdAt:between:2026-01-01,2026-01-31</c>, <c>jobTitle:isEmpty</c>.
/// Several values are separated by commas; a comma or backslash inside a value is written <c>\,</c> or <c>\\</c>.
/// </summary>
public static class FilterSyntax
{
    public static Result<IReadOnlyList<FilterCondition>> Parse(IReadOnlyList<string>? filters)
    {
        var conditions = new List<FilterCondition>();
        foreach (var filter in filters ?? [])
        {
            var parsed = ParseOne(filter);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            conditions.Add(parsed.Value);
        }

        return conditions.Count > FilterCondition.MaxConditions
            ? Invalid($"A list takes at most {FilterCondition.MaxConditions} filters.")
            : conditions;
    }

    public static string Format(FilterCondition condition)
    {
        var op = char.ToLowerInvariant(condition.Operator.ToString()[0]) + condition.Operator.ToString()[1..];
        var values = string.Join(',', condition.Values.Select(v => v.Replace(@"\", @"\\", StringComparison.Ordinal).Replace(",", @"\,", StringComparison.Ordinal)));
        return condition.Values.Count == 0 ? $"{condition.Field}:{op}" : $"{condition.Field}:{op}:{values}";
    }

    private static Result<FilterCondition> ParseOne(string? filter)
    {
        var parts = (filter ?? string.Empty).Split(':', 3);
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            return Invalid($"'{filter}' is not a filter: write field:operator:value, as lastName:startsWith:Mar or jobTitle:isEmpty.");
        }

        if (!Enum.TryParse<FilterOperator>(parts[1], ignoreCase: true, out var op) || int.TryParse(parts[1], out _))
        {
            return Invalid($"'{parts[1]}' is not a filter operator: use eq, neq, contains, startsWith, in, between, gt, gte, lt, lte, isEmpty or isNotEmpty.");
        }

        var values = parts.Length == 3 ? SplitValues(parts[2]) : [];
        var expected = op switch
        {
            FilterOperator.IsEmpty or FilterOperator.IsNotEmpty => values.Count == 0,
            FilterOperator.Between => values.Count == 2,
            FilterOperator.In => values.Count is > 0 and <= FilterCondition.MaxValues,
            _ => values.Count == 1,
        };
        if (!expected)
        {
            return Invalid($"'{filter}': {parts[1]} takes {OperandsOf(op)}.");
        }

        if (values.Any(v => v.Length > FilterCondition.ValueMaxLength))
        {
            return Invalid($"'{parts[0]}': a filter value holds at most {FilterCondition.ValueMaxLength} characters.");
        }

        return new FilterCondition(parts[0], op, values);
    }

    private static List<string> SplitValues(string text)
    {
        var values = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
            }
            else if (text[i] == ',')
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        values.Add(current.ToString());
        return values;
    }

    private static string OperandsOf(FilterOperator op) => op switch
    {
        FilterOperator.IsEmpty or FilterOperator.IsNotEmpty => "no value",
        FilterOperator.Between => "two values separated by a comma",
        FilterOperator.In => $"1 to {FilterCondition.MaxValues} values separated by commas",
        _ => "one value",
    };

    private static Error Invalid(string message) => Error.Validation("filter.invalid", message);
}
