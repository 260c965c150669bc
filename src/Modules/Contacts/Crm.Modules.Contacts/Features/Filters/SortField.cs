using System.Globalization;
using System.Linq.Expressions;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore.Query;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// A field a list of <typeparamref name="T"/> can be sorted by, paged by keyset on (value, id): the value read by the
/// database (never null, so that comparisons hold) and the same value read in memory for the next cursor. "After" is
/// written <c>value &gt;= v AND (value &gt; v OR id &gt; i)</c>: its first half is a range an index on (value, id) starts from.
/// </summary>
internal abstract class SortField<T, TId>(string name)
    where T : Entity<TId>
    where TId : struct, IComparable<TId>
{
    public string Name { get; } = name;

    public abstract IOrderedQueryable<T> Order(IQueryable<T> records, bool descending);

    /// <summary>The records after (<paramref name="value"/>, <paramref name="id"/>) in this order.</summary>
    public abstract IQueryable<T> After(IQueryable<T> records, string value, TId id, bool descending);

    public abstract string ValueOf(T record);

    /// <summary>Whether <paramref name="value"/> is a value this field's cursor can hold.</summary>
    public abstract bool Accepts(string value);

    protected static Expression<Func<T, bool>> Bind<TKey>(Expression<Func<T, TKey>> key, Expression<Func<TKey, TId, bool>> test)
    {
        var body = ReplacingExpressionVisitor.Replace(test.Parameters[0], key.Body, test.Body);
        Expression<Func<T, TId>> id = r => r.Id;
        body = ReplacingExpressionVisitor.Replace(test.Parameters[1], ReplacingExpressionVisitor.Replace(id.Parameters[0], key.Parameters[0], id.Body), body);
        return Expression.Lambda<Func<T, bool>>(body, key.Parameters);
    }

    protected static IOrderedQueryable<T> OrderBy<TKey>(IQueryable<T> records, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? records.OrderByDescending(key).ThenByDescending(r => r.Id) : records.OrderBy(key).ThenBy(r => r.Id);
}

internal sealed class TextSort<T, TId>(string name, Expression<Func<T, string>> key, Func<T, string> read) : SortField<T, TId>(name)
    where T : Entity<TId>
    where TId : struct, IComparable<TId>
{
    public override IOrderedQueryable<T> Order(IQueryable<T> records, bool descending) => OrderBy(records, key, descending);

    public override IQueryable<T> After(IQueryable<T> records, string value, TId id, bool descending) => records.Where(descending
        ? Bind(key, (k, i) => k.CompareTo(value) <= 0 && (k.CompareTo(value) < 0 || i.CompareTo(id) < 0))
        : Bind(key, (k, i) => k.CompareTo(value) >= 0 && (k.CompareTo(value) > 0 || i.CompareTo(id) > 0)));

    public override string ValueOf(T record) => read(record);

    public override bool Accepts(string value) => true;
}

internal sealed class NumberSort<T, TId>(string name, Expression<Func<T, double>> key, Func<T, double> read) : SortField<T, TId>(name)
    where T : Entity<TId>
    where TId : struct, IComparable<TId>
{
    public override IOrderedQueryable<T> Order(IQueryable<T> records, bool descending) => OrderBy(records, key, descending);

    public override IQueryable<T> After(IQueryable<T> records, string value, TId id, bool descending)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return records.Where(descending
            ? Bind(key, (k, i) => k <= number && (k < number || i.CompareTo(id) < 0))
            : Bind(key, (k, i) => k >= number && (k > number || i.CompareTo(id) > 0)));
    }

    public override string ValueOf(T record) => read(record).ToString("R", CultureInfo.InvariantCulture);

    public override bool Accepts(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}

internal sealed class InstantSort<T, TId>(string name, Expression<Func<T, DateTimeOffset>> key, Func<T, DateTimeOffset> read) : SortField<T, TId>(name)
    where T : Entity<TId>
    where TId : struct, IComparable<TId>
{
    public override IOrderedQueryable<T> Order(IQueryable<T> records, bool descending) => OrderBy(records, key, descending);

    public override IQueryable<T> After(IQueryable<T> records, string value, TId id, bool descending)
    {
        var instant = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture).ToUniversalTime();
        return records.Where(descending
            ? Bind(key, (k, i) => k <= instant && (k < instant || i.CompareTo(id) < 0))
            : Bind(key, (k, i) => k >= instant && (k > instant || i.CompareTo(id) > 0)));
    }

    public override string ValueOf(T record) => read(record).ToString("O", CultureInfo.InvariantCulture);

    public override bool Accepts(string value) => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out _);
}

/// <summary>Ids are made in time order, so the id order is the creation order, on the primary key's index.</summary>
internal sealed class CreationSort<T, TId>(string name) : SortField<T, TId>(name)
    where T : Entity<TId>
    where TId : struct, IComparable<TId>
{
    public override IOrderedQueryable<T> Order(IQueryable<T> records, bool descending) =>
        descending ? records.OrderByDescending(r => r.Id) : records.OrderBy(r => r.Id);

    public override IQueryable<T> After(IQueryable<T> records, string value, TId id, bool descending) =>
        descending ? records.Where(r => r.Id.CompareTo(id) < 0) : records.Where(r => r.Id.CompareTo(id) > 0);

    public override string ValueOf(T record) => string.Empty;

    public override bool Accepts(string value) => value.Length == 0;
}
