using System.Linq.Expressions;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// What a contact list can be filtered and sorted by: the contact's own fields, and its custom fields as
/// <c>cf.&lt;key&gt;</c> (retired ones included, so saved filters keep working).
/// </summary>
internal sealed class ContactListFields : ListFields<Contact, ContactId>
{
    public ContactListFields(IReadOnlyList<CustomFieldDefinition> customFields, PhoneNumberReader phones, DatabaseProvider provider)
        : base("Contacts", c => c.CustomFields, id => new ContactId(id), provider)
    {
        AddFilter(FilterFields.Text<Contact>("firstName", c => c.FirstName));
        AddFilter(LastNameFilter());
        AddFilter(FilterFields.Text<Contact>("jobTitle", c => c.JobTitle));
        AddFilter(FilterFields.Text<Contact>("email", c => EF.Property<string?>(c, MatchColumns.Email)));
        AddFilter(PhoneFilterField.For<Contact>("phone", c => EF.Property<string?>(c, MatchColumns.Phone), phones));
        AddFilter(FilterFields.Text<Contact>("source", c => c.Source));
        AddFilter(FilterFields.Text<Contact>("city", c => c.Address.City));
        AddFilter(FilterFields.Text<Contact>("postalCode", c => c.Address.PostalCode));
        AddFilter(FilterFields.Text<Contact>("countryCode", c => c.Address.CountryCode));
        AddFilter(FilterFields.Text<Contact>("externalId", c => c.ExternalId));
        AddFilter(FilterFields.Choice<Contact, LifecycleStage>("lifecycleStage", c => c.LifecycleStage));
        AddFilter(FilterFields.Id<Contact>("ownerId", c => c.OwnerId));
        AddFilter(CompanyFilter());
        AddFilter(FilterFields.Tags<Contact>("tags", c => EF.Property<List<string>>(c, ContactFields.Tags)));
        AddFilter(FilterFields.Instant<Contact>("createdAt", c => c.CreatedAtUtc));
        AddFilter(FilterFields.Instant<Contact>("updatedAt", c => c.UpdatedAtUtc));

        AddSort(new TextSort<Contact, ContactId>("firstName", c => c.FirstName, c => c.FirstName));
        AddSort(new TextSort<Contact, ContactId>("lastName", c => c.LastName, c => c.LastName));
        AddTextSort("jobTitle", c => c.JobTitle, c => c.JobTitle);
        AddTextSort("email", c => EF.Property<string?>(c, MatchColumns.Email), MatchColumns.EmailOf);
        AddTextSort("city", c => c.Address.City, c => c.Address.City);
        AddTextSort("postalCode", c => c.Address.PostalCode, c => c.Address.PostalCode);
        AddTextSort("source", c => c.Source, c => c.Source);
        AddSort(new CreationSort<Contact, ContactId>("createdAt"));
        AddSort(new InstantSort<Contact, ContactId>("updatedAt", c => c.UpdatedAtUtc ?? c.CreatedAtUtc, c => c.UpdatedAtUtc ?? c.CreatedAtUtc));

        AddCustomFields(customFields);
    }

    /// <summary>
    /// The last name, compared without regard to case. A list narrowed to names beginning with a text (or equal to
    /// one) is also narrowed by the search name ("lovelace ada", indexed for prefixes, <see cref="SearchText.NameForContact"/>),
    /// which begins with the same text folded the same way: the index finds the few rows, the exact condition keeps the
    /// right ones. A search name not written yet (empty until <see cref="SearchBackfill"/> passes) keeps its row in. The
    /// prefix is written into the SQL (<see cref="SearchPatterns"/>).
    /// </summary>
    private static FilterField<Contact> LastNameFilter()
    {
        var exact = FilterFields.Text<Contact>("lastName", c => c.LastName);
        return new(exact.Name, exact.Kind, c =>
        {
            var where = exact.Where(c);
            var prefix = SearchText.Normalise(c.Values.Count > 0 ? c.Values[0] : null);
            if (!where.IsSuccess || c.Operator is not (FilterOperator.StartsWith or FilterOperator.Eq) || prefix.Length == 0)
            {
                return where;
            }

            Expression<Func<Contact, bool>> indexed = x =>
                EF.Functions.Like(EF.Property<string>(x, SearchColumns.Name), EF.Constant(SearchPatterns.Prefix(prefix)), SearchPatterns.EscapeCharacter) || EF.Property<string>(x, SearchColumns.Name) == string.Empty;
            return FilterFields.And(indexed, where.Value);
        });
    }

    /// <summary>The companies a contact works for: eq or in, one of them; isEmpty, none.</summary>
    private static FilterField<Contact> CompanyFilter() => new("companyId", "id", c =>
    {
        var ids = new List<CompanyId>();
        foreach (var value in c.Values)
        {
            if (!Guid.TryParse(value, out var id))
            {
                return Error.Validation("filter.invalid", $"'{value}' is not a company id.");
            }

            ids.Add(new CompanyId(id));
        }

        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => Result<Expression<Func<Contact, bool>>>.Success(x => x.Companies.Any(l => ids.Contains(l.CompanyId))),
            FilterOperator.Neq => Result<Expression<Func<Contact, bool>>>.Success(x => !x.Companies.Any(l => ids.Contains(l.CompanyId))),
            FilterOperator.IsEmpty => Result<Expression<Func<Contact, bool>>>.Success(x => !x.Companies.Any()),
            FilterOperator.IsNotEmpty => Result<Expression<Func<Contact, bool>>>.Success(x => x.Companies.Any()),
            _ => Error.Validation("filter.operator_not_supported", $"companyId cannot be filtered with {c.Operator.ToString().ToLowerInvariant()}."),
        };
    });
}
