using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Domain.Companies;

/// <summary>An organisation the company deals with: a customer, a prospect, a partner, possibly part of a group.</summary>
internal sealed class Company : AggregateRoot<CompanyId>
{
    // Lists the persistence can fill (it needs IList), handed out read-only.
    private List<string> _domains = [];
    private List<string> _tags = [];

    private Company(CompanyId id, Guid ownerId, DateTimeOffset createdAtUtc)
        : base(id)
    {
        OwnerId = ownerId;
        CreatedAtUtc = createdAtUtc;
    }

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<string> Domains => _domains;

    public string? Industry { get; private set; }

    public CompanySize? Size { get; private set; }

    public Siren? Siren { get; private set; }

    public Siret? Siret { get; private set; }

    public VatNumber? VatNumber { get; private set; }

    public PostalAddress Address { get; private set; } = PostalAddress.None;

    public PhoneNumber? Phone { get; private set; }

    public string? Website { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    /// <summary>The values of the fields administrators added, by field key.</summary>
    public CustomFieldValues CustomFields
    {
        get => CustomFieldValues.FromJson(CustomFieldsJson);
        private set => CustomFieldsJson = value.Json;
    }

    /// <summary>What the persistence stores of <see cref="CustomFields"/>.</summary>
    private string CustomFieldsJson { get; set; } = CustomFieldValues.Empty.Json;

    /// <summary>The group the company belongs to, when there is one.</summary>
    public CompanyId? ParentCompanyId { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>The company this one was merged into: it is then hidden from every read until the merge is undone.</summary>
    public CompanyId? MergedIntoId { get; private set; }

    /// <summary>The import that created the company for rows naming it, if one did: reverting the import removes it, when untouched.</summary>
    public ImportId? ImportId { get; private init; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    public static Company Create(CompanyDetails details, CompanyId? parentCompanyId, Guid ownerId, DateTimeOffset now) =>
        Create(details, parentCompanyId, null, ownerId, now);

    public static Company Imported(CompanyDetails details, ImportId importId, Guid ownerId, DateTimeOffset now) =>
        Create(details, null, importId, ownerId, now);

    private static Company Create(CompanyDetails details, CompanyId? parentCompanyId, ImportId? importId, Guid ownerId, DateTimeOffset now)
    {
        var createdAt = now.ToStoredPrecision();
        var company = new Company(CompanyId.New(), ownerId, createdAt) { ParentCompanyId = parentCompanyId, ImportId = importId };
        company.Apply(details);
        company.Raise(new CompanyCreated(company.Id, ownerId, createdAt));
        return company;
    }

    /// <summary>Replaces the details and the parent; a change of nothing is no change (no new version, no event).</summary>
    public void Update(CompanyDetails details, CompanyId? parentCompanyId, DateTimeOffset now)
    {
        var changed = ChangedFields(details);
        if (parentCompanyId != ParentCompanyId)
        {
            changed.Add("parentCompanyId");
        }

        if (changed.Count == 0)
        {
            return;
        }

        Apply(details);
        ParentCompanyId = parentCompanyId;
        UpdatedAtUtc = now.ToStoredPrecision();
        Raise(new CompanyUpdated(Id, changed, UpdatedAtUtc.Value));
    }

    public void AssignOwner(Guid ownerId, DateTimeOffset now)
    {
        if (ownerId == OwnerId)
        {
            return;
        }

        var previous = OwnerId;
        OwnerId = ownerId;
        UpdatedAtUtc = now.ToStoredPrecision();
        Raise(new CompanyOwnerChanged(Id, previous, ownerId, UpdatedAtUtc.Value));
    }

    public void FoldInto(CompanyId target) => MergedIntoId = target;

    public void Unfold() => MergedIntoId = null;

    /// <summary>
    /// Gives the company another parent as a side effect of a merge (its parent was merged away, or the merge is undone):
    /// the company itself was not edited, so its change time stays.
    /// </summary>
    public void MoveUnder(CompanyId? parentCompanyId) => ParentCompanyId = parentCompanyId;

    public void MarkDeleted(DateTimeOffset now) => Raise(new CompanyDeleted(Id, now.ToStoredPrecision()));

    private void Apply(CompanyDetails details)
    {
        Name = details.Name;
        _domains = [.. details.Domains];
        Industry = details.Industry;
        Size = details.Size;
        Siren = details.Siren;
        Siret = details.Siret;
        VatNumber = details.VatNumber;
        Address = details.Address;
        Phone = details.Phone;
        Website = details.Website;
        _tags = [.. details.Tags];
        CustomFields = details.CustomFields ?? CustomFields;
    }

    private List<string> ChangedFields(CompanyDetails details)
    {
        var changed = new List<string>();
        Compare(Name == details.Name, "name");
        Compare(Domains.SequenceEqual(details.Domains, StringComparer.Ordinal), "domains");
        Compare(Industry == details.Industry, "industry");
        Compare(Size == details.Size, "size");
        Compare(Siren == details.Siren, "siren");
        Compare(Siret == details.Siret, "siret");
        Compare(VatNumber == details.VatNumber, "vatNumber");
        Compare(Address == details.Address, "address");
        Compare(Phone == details.Phone, "phone");
        Compare(Website == details.Website, "website");
        Compare(Tags.SequenceEqual(details.Tags, StringComparer.Ordinal), "tags");
        if (details.CustomFields is { } customFields)
        {
            changed.AddRange(CustomFields.ChangedKeys(customFields).Select(key => $"customFields.{key}"));
        }

        return changed;

        void Compare(bool same, string field)
        {
            if (!same)
            {
                changed.Add(field);
            }
        }
    }
}
