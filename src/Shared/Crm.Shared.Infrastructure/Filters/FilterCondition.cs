namespace Crm.Shared.Infrastructure.Filters;

/// <summary>How a filter compares a field with its values.</summary>
public enum FilterOperator
{
    Eq,
    Neq,
    Contains,
    StartsWith,
    In,
    Between,
    Gt,
    Gte,
    Lt,
    Lte,
    IsEmpty,
    IsNotEmpty,
}

/// <summary>One condition on a list: a field (<c>lastName</c>, <c>cf.budget</c>), an operator and its operands.</summary>
public sealed record FilterCondition(string Field, FilterOperator Operator, IReadOnlyList<string> Values)
{
    public const int MaxConditions = 20;
    public const int MaxValues = 100;
    public const int ValueMaxLength = 200;
}
