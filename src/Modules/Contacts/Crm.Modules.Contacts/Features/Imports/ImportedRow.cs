using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The checked values of a row; the name may be missing when the row only adds to the contact it matches.</summary>
internal sealed record RowValues(
    string FirstName,
    string LastName,
    string? JobTitle,
    IReadOnlyList<ContactEmail> Emails,
    IReadOnlyList<ContactPhone> Phones,
    IReadOnlyList<ContactCompany> Companies,
    PostalAddress Address,
    LifecycleStage? LifecycleStage,
    string? Source,
    IReadOnlyList<string> Tags)
{
    public bool HasName => FirstName.Length > 0 || LastName.Length > 0;

    public Result<ContactDetails> ToDetails() => ContactDetails.Create(
        FirstName, LastName, JobTitle, Emails, Phones, Companies, Address, LifecycleStage ?? Domain.Contacts.LifecycleStage.Lead, Source, Tags);
}

/// <summary>A row read into checked values, with what it is matched by and the column its name comes from.</summary>
internal sealed record ImportedRow(int Line, RowValues Values, string? ExternalId, string NameColumn)
{
    public string? Key(MatchKey key) => key switch
    {
        MatchKey.Email => MatchColumns.EmailKey(Values.Emails.FirstOrDefault(e => e.IsPrimary)?.Address),
        MatchKey.Phone => Values.Phones.FirstOrDefault(p => p.IsPrimary)?.Number,
        _ => ExternalId,
    };
}

/// <summary>What is wrong with a row: the column (its header) and why.</summary>
internal sealed record RowProblem(int Line, string Column, string Reason);
