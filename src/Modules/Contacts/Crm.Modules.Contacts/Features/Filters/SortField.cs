using System.Globalization;
using System.Linq.Expressions;
using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore.Query;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// A field a contact list can be sorted by, paged by keyset on (value, id): the value read by the database
/// (never null, so that comparisons hold) and the same value read in memory for the next cursor. "After" is written
/// <c>value &gt;= v AND (value &gt; v OR id &gt; i)</c>: its first half is a range an index on (value, id) starts from.
/// </summary>
internal abstract class SortField(string name)
{
    public string Name { get; } = name;

    public abstract IOrderedQueryable<Contact> Order(IQueryable<Contact> contacts, bool descending);

    /// <summary>The contacts after (<paramref name="value"/>, <paramref name="id"/>) in this order.</summary>
    public abstract IQueryable<Contact> After(IQueryable<Contact> contacts, string value, ContactId id, bool descending);

    public abstract string ValueOf(Contact contact);

    /// <summary>Whether <paramref name="value"/> is a value this field's cursor can hold.</summary>
    public abstract bool Accepts(string value);

    protected static Expression<Func<Contact, bool>> Bind<TKey>(Expression<Func<Contact, TKey>> key, Expression<Func<TKey, ContactId, bool>> test)
    {
        var body = ReplacingExpressionVisitor.Replace(test.Parameters[0], key.Body, test.Body);
        Expression<Func<Contact, ContactId>> id = c => c.Id;
        body = ReplacingExpressionVisitor.Replace(test.Parameters[1], ReplacingExpressionVisitor.Replace(id.Parameters[0], key.Parameters[0], id.Body), body);
        return Expression.Lambda<Func<Contact, bool>>(body, key.Parameters);
    }
}

internal sealed class TextSort(string name, Expression<Func<Contact, string>> key, Func<Contact, string> read) : SortField(name)
{
    public override IOrderedQueryable<Contact> Order(IQueryable<Contact> contacts, bool descending) =>
        descending ? contacts.OrderByDescending(key).ThenByDescending(c => c.Id) : contacts.OrderBy(key).ThenBy(c => c.Id);

    public override IQueryable<Contact> After(IQueryable<Contact> contacts, string value, ContactId id, bool descending) => contacts.Where(descending
        ? Bind(key, (k, i) => k.CompareTo(value) <= 0 && (k.CompareTo(value) < 0 || i.CompareTo(id) < 0))
        : Bind(key, (k, i) => k.CompareTo(value) >= 0 && (k.CompareTo(value) > 0 || i.CompareTo(id) > 0)));

    public override string ValueOf(Contact contact) => read(contact);

    public override bool Accepts(string value) => true;
}

internal sealed class NumberSort(string name, Expression<Func<Contact, double>> key, Func<Contact, double> read) : SortField(name)
{
    public override IOrderedQueryable<Contact> Order(IQueryable<Contact> contacts, bool descending) =>
        descending ? contacts.OrderByDescending(key).ThenByDescending(c => c.Id) : contacts.OrderBy(key).ThenBy(c => c.Id);

    public override IQueryable<Contact> After(IQueryable<Contact> contacts, string value, ContactId id, bool descending)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return contacts.Where(descending
            ? Bind(key, (k, i) => k <= number && (k < number || i.CompareTo(id) < 0))
            : Bind(key, (k, i) => k >= number && (k > number || i.CompareTo(id) > 0)));
    }

    public override string ValueOf(Contact contact) => read(contact).ToString("R", CultureInfo.InvariantCulture);

    public override bool Accepts(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}

internal sealed class InstantSort(string name, Expression<Func<Contact, DateTimeOffset>> key, Func<Contact, DateTimeOffset> read) : SortField(name)
{
    public override IOrderedQueryable<Contact> Order(IQueryable<Contact> contacts, bool descending) =>
        descending ? contacts.OrderByDescending(key).ThenByDescending(c => c.Id) : contacts.OrderBy(key).ThenBy(c => c.Id);

    public override IQueryable<Contact> After(IQueryable<Contact> contacts, string value, ContactId id, bool descending)
    {
        var instant = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture).ToUniversalTime();
        return contacts.Where(descending
            ? Bind(key, (k, i) => k <= instant && (k < instant || i.CompareTo(id) < 0))
            : Bind(key, (k, i) => k >= instant && (k > instant || i.CompareTo(id) > 0)));
    }

    public override string ValueOf(Contact contact) => read(contact).ToString("O", CultureInfo.InvariantCulture);

    public override bool Accepts(string value) => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out _);
}

/// <summary>Ids are made in time order, so the id order is the creation order, on the primary key's index.</summary>
internal sealed class CreationSort(string name) : SortField(name)
{
    public override IOrderedQueryable<Contact> Order(IQueryable<Contact> contacts, bool descending) =>
        descending ? contacts.OrderByDescending(c => c.Id) : contacts.OrderBy(c => c.Id);

    public override IQueryable<Contact> After(IQueryable<Contact> contacts, string value, ContactId id, bool descending) =>
        descending ? contacts.Where(c => c.Id.CompareTo(id) < 0) : contacts.Where(c => c.Id.CompareTo(id) > 0);

    public override string ValueOf(Contact contact) => string.Empty;

    public override bool Accepts(string value) => value.Length == 0;
}
