using System.Data;
using System.Linq.Expressions;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Modules.Contacts.Persistence;

/// <summary>
/// A column holding a value object as text (a SIREN, a VAT number, a phone number), read in a query as the plain text it
/// is: a filter compares it with what a person typed, which is no value object (through the column's own mapping, the
/// typed text would be converted as one, and refused). The column reaches the SQL as it is, so its index still serves.
/// </summary>
internal static class StoredText
{
    /// <summary>The text stored in <paramref name="column"/>; translated to SQL only.</summary>
    public static string? Of(string? column) => throw new InvalidOperationException("StoredText is translated to SQL; it has no meaning in memory.");

    /// <summary>The text of the value object mapped to <paramref name="property"/>.</summary>
    public static Expression<Func<T, string?>> Column<T>(string property)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var column = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], record, Expression.Constant(property));
        return Expression.Lambda<Func<T, string?>>(Expression.Call(typeof(StoredText).GetMethod(nameof(Of))!, column), record);
    }

    public static void Configure(ModelBuilder model, DatabaseProvider provider)
    {
        var text = new StringTypeMapping(provider switch
        {
            DatabaseProvider.Postgres => "text",
            DatabaseProvider.SqlServer => "nvarchar(max)",
            _ => "TEXT",
        }, DbType.String, unicode: true);
        model.HasDbFunction(typeof(StoredText).GetMethod(nameof(Of))!).HasTranslation(args => AsText(args[0], text));
    }

    private static SqlExpression AsText(SqlExpression column, RelationalTypeMapping text) => column switch
    {
        ColumnExpression c => new ColumnExpression(c.Name, c.TableAlias, typeof(string), text, c.IsNullable),
        SqlUnaryExpression { OperatorType: ExpressionType.Convert } convert => AsText(convert.Operand, text),
        _ => throw new InvalidOperationException("StoredText reads a column: query through StoredText.Column."),
    };
}
