using System.Data;
using System.Linq.Expressions;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Shared.Infrastructure.CustomFields;

/// <summary>
/// The <c>custom_fields</c> JSON column of records with custom fields (<c>jsonb</c> on PostgreSQL), and the SQL that
/// reads one value out of it for filters and sorts: <c>jsonb_extract_path_text</c> on PostgreSQL, <c>json_extract</c> on
/// SQLite, <c>JSON_VALUE</c> on SQL Server. Field keys reach the SQL as constants (they are checked identifiers), so
/// an expression index on one field can serve its queries.
/// </summary>
public static class CustomFieldColumns
{
    public const string Property = "CustomFieldsJson";

    /// <summary>The records with custom field values: the predicate of the PostgreSQL GIN index.</summary>
    public const string FilledFilter = "custom_fields <> '{}'::jsonb";

    /// <summary>The functions <see cref="CustomFieldSql"/> stands for, translated for <paramref name="provider"/>.</summary>
    public static void ConfigureFunctions(ModelBuilder model, DatabaseProvider provider)
    {
        model.HasDbFunction(typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Text))!).HasTranslation(args => Text(provider, args));
        model.HasDbFunction(typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Number))!).HasTranslation(args => Number(provider, args));
        model.HasDbFunction(typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Flag))!).HasTranslation(args => Flag(provider, args));
    }

    /// <summary>The column of a record type whose values live in a private <c>CustomFieldsJson</c> property.</summary>
    public static void Configure<T>(EntityTypeBuilder<T> entity, DatabaseProvider provider)
        where T : class
    {
        var column = entity.Property<string>(Property).HasColumnName("custom_fields").IsRequired().HasDefaultValue("{}");
        if (provider == DatabaseProvider.Postgres)
        {
            column.HasColumnType("jsonb");
            // Serves equality filters on choice and yes/no fields as containment (CustomFieldFilters). Records without
            // custom fields are left out, so that they cost imports nothing: the filters say they want filled ones.
            entity.HasIndex(Property).HasMethod("gin").HasOperators("jsonb_path_ops").HasFilter(FilledFilter);
        }
    }

    // Every piece of the SQL carries a type mapping: the key's (text) for the extracted text, one made here for numbers and flags.
    private static SqlFunctionExpression Text(DatabaseProvider provider, IReadOnlyList<SqlExpression> args) => provider switch
    {
        DatabaseProvider.Postgres => Function("jsonb_extract_path_text", args[0], args[1], typeof(string), args[1].TypeMapping),
        DatabaseProvider.SqlServer => Function("JSON_VALUE", args[0], PathOf(args[1]), typeof(string), args[1].TypeMapping),
        _ => Function("json_extract", args[0], PathOf(args[1]), typeof(string), args[1].TypeMapping),
    };

    private static SqlExpression Number(DatabaseProvider provider, IReadOnlyList<SqlExpression> args) => provider switch
    {
        DatabaseProvider.Postgres => Cast(Text(provider, args), typeof(double), new DoubleTypeMapping("double precision", DbType.Double)),
        DatabaseProvider.SqlServer => Cast(Text(provider, args), typeof(double), new DoubleTypeMapping("float", DbType.Double)),
        _ => Function("json_extract", args[0], PathOf(args[1]), typeof(double), new DoubleTypeMapping("REAL", DbType.Double)),
    };

    private static SqlExpression Flag(DatabaseProvider provider, IReadOnlyList<SqlExpression> args) => provider switch
    {
        DatabaseProvider.Postgres => Cast(Text(provider, args), typeof(bool), new BoolTypeMapping("boolean", DbType.Boolean)),
        DatabaseProvider.SqlServer => Cast(Text(provider, args), typeof(bool), new BoolTypeMapping("bit", DbType.Boolean)),
        _ => Function("json_extract", args[0], PathOf(args[1]), typeof(bool), new BoolTypeMapping("INTEGER", DbType.Boolean)),
    };

    private static SqlFunctionExpression Function(string name, SqlExpression json, SqlExpression key, Type type, RelationalTypeMapping? mapping) =>
        // Null for a record without the key, whatever the arguments: EF must not reduce "IS NULL" to the arguments' nullness.
        new(name, [json, key], nullable: true, argumentsPropagateNullability: [false, false], type, mapping);

    private static SqlUnaryExpression Cast(SqlExpression operand, Type type, RelationalTypeMapping mapping) =>
        new(ExpressionType.Convert, operand, type, mapping);

    /// <summary>The JSON path of a key, <c>$."key"</c>, for the databases that take a path.</summary>
    private static SqlConstantExpression PathOf(SqlExpression key) => key is SqlConstantExpression { Value: string name }
        ? new SqlConstantExpression($"$.\"{name}\"", key.TypeMapping)
        : throw new InvalidOperationException("A custom field key must reach the SQL as a constant: query through CustomFieldSql.TextOf and its siblings.");
}

/// <summary>
/// One value of a record's custom fields, in a query (see <see cref="CustomFieldColumns"/>). Queries take the
/// expressions from <see cref="TextOf{T}"/> and its siblings, which put the key in as a constant; the methods themselves
/// have no meaning in memory.
/// </summary>
public static class CustomFieldSql
{
    public static string? Text(string json, string key) => throw InQueriesOnly();

    public static double? Number(string json, string key) => throw InQueriesOnly();

    public static bool? Flag(string json, string key) => throw InQueriesOnly();

    public static Expression<Func<T, string?>> TextOf<T>(string key) => Of<T, string?>(nameof(Text), key);

    public static Expression<Func<T, double?>> NumberOf<T>(string key) => Of<T, double?>(nameof(Number), key);

    public static Expression<Func<T, bool?>> FlagOf<T>(string key) => Of<T, bool?>(nameof(Flag), key);

    private static Expression<Func<T, TValue>> Of<T, TValue>(string method, string key)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var json = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], record, Expression.Constant(CustomFieldColumns.Property));
        var value = Expression.Call(typeof(CustomFieldSql).GetMethod(method)!, json, Expression.Constant(key));
        return Expression.Lambda<Func<T, TValue>>(value, record);
    }

    private static InvalidOperationException InQueriesOnly() => new("CustomFieldSql is translated to SQL; it has no meaning in memory.");
}
