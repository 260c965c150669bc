using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>A person the company deals with.</summary>
internal sealed class Contact : AggregateRoot<ContactId>
{
    private Contact(ContactId id, Guid ownerId, DateTimeOffset createdAtUtc)
        : base(id)
    {
        OwnerId = ownerId;
        CreatedAtUtc = createdAtUtc;
    }

    [PersonalData]
    public string FirstName { get; private set; } = string.Empty;

    [PersonalData]
    public string LastName { get; private set; } = string.Empty;

    [PersonalData]
    public string? JobTitle { get; private set; }

    // Lists the persistence can fill (it needs IList), handed out read-only.
    private List<ContactEmail> _emails = [];
    private List<ContactPhone> _phones = [];
    private List<string> _tags = [];
    private List<ContactCompany> _companies = [];

    [PersonalData]
    public IReadOnlyList<ContactEmail> Emails => _emails;

    [PersonalData]
    public IReadOnlyList<ContactPhone> Phones => _phones;

    public IReadOnlyList<ContactCompany> Companies => _companies;

    [PersonalData]
    public PostalAddress Address { get; private set; } = PostalAddress.None;

    public LifecycleStage LifecycleStage { get; private set; }

    public string? Source { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    /// <summary>The values of the fields administrators added, by field key.</summary>
    public CustomFieldValues CustomFields
    {
        get => CustomFieldValues.FromJson(CustomFieldsJson);
        private set => CustomFieldsJson = value.Json;
    }

    /// <summary>What the persistence stores of <see cref="CustomFields"/>.</summary>
    private string CustomFieldsJson { get; set; } = CustomFieldValues.Empty.Json;

    /// <summary>The user responsible for the contact; who else sees it follows from the visibility rules.</summary>
    public Guid OwnerId { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    /// <summary>The contact's id in the system it was imported from, which later imports match it by.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>The import that created the contact, which reverting it deletes.</summary>
    public ImportId? ImportId { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    /// <summary>The contact this one was merged into: hidden from every read until the merge is undone.</summary>
    public ContactId? MergedIntoId { get; private set; }

    public string? PrimaryEmail => Emails.FirstOrDefault(e => e.IsPrimary)?.Address;

    public string? PrimaryPhone => Phones.FirstOrDefault(p => p.IsPrimary)?.Number;

    public CompanyId? PrimaryCompanyId => Companies.FirstOrDefault(c => c.IsPrimary)?.CompanyId;

    /// <summary>The name to show: first and last names, either of which may be empty.</summary>
    public string DisplayName => $"{FirstName} {LastName}".Trim();

    public static Contact Create(ContactDetails details, Guid ownerId, DateTimeOffset now)
    {
        var createdAt = now.ToStoredPrecision();
        var contact = new Contact(ContactId.New(), ownerId, createdAt);
        contact.Apply(details);
        contact.Raise(new ContactCreated(contact.Id, ownerId, createdAt));
        return contact;
    }

    /// <summary>A contact made from a row of an import; the import's batch event tells others, not one event per contact.</summary>
    public static Contact Imported(ContactDetails details, string? externalId, ImportId importId, Guid ownerId, DateTimeOffset now)
    {
        var contact = new Contact(ContactId.New(), ownerId, now.ToStoredPrecision()) { ImportId = importId, ExternalId = ExternalIds.Clean(externalId) };
        contact.Apply(details);
        return contact;
    }

    /// <summary>Replaces the details; a change of nothing is no change (no new version, no event).</summary>
    public void Update(ContactDetails details, DateTimeOffset now)
    {
        var changed = ChangedFields(details);
        if (changed.Count == 0)
        {
            return;
        }

        Apply(details);
        UpdatedAtUtc = now.ToStoredPrecision();
        Raise(new ContactUpdated(Id, changed, UpdatedAtUtc.Value));
    }

    /// <summary>Whether <paramref name="details"/> would change what tells this person apart: names, emails or phone numbers.</summary>
    public bool WouldChangeIdentity(ContactDetails details) =>
        FirstName != details.FirstName
        || LastName != details.LastName
        || !Emails.Select(e => e.Address).SequenceEqual(details.Emails.Select(e => e.Address), StringComparer.OrdinalIgnoreCase)
        || !Phones.Select(p => p.Number).SequenceEqual(details.Phones.Select(p => p.Number), StringComparer.Ordinal);

    public void AssignOwner(Guid ownerId, DateTimeOffset now)
    {
        if (ownerId == OwnerId)
        {
            return;
        }

        var previous = OwnerId;
        OwnerId = ownerId;
        UpdatedAtUtc = now.ToStoredPrecision();
        Raise(new ContactOwnerChanged(Id, previous, ownerId, UpdatedAtUtc.Value));
    }

    public void FoldInto(ContactId target) => MergedIntoId = target;

    /// <summary>Takes the id a contact merged into this one had elsewhere, when this one has none, so later imports still match.</summary>
    public void AdoptExternalId(string? externalId) => ExternalId ??= ExternalIds.Clean(externalId);

    public void Unfold() => MergedIntoId = null;

    /// <summary>
    /// Links the contact to <paramref name="target"/> instead of the companies <paramref name="merged"/> into it; a contact
    /// linked to several of them keeps one link, with the role of the link kept (to the target, else the first one).
    /// A side effect of a company merge, not an edit of the contact: its change time stays.
    /// </summary>
    public void RepointCompanies(IReadOnlySet<CompanyId> merged, CompanyId target)
    {
        var kept = _companies.Find(l => l.CompanyId == target) ?? _companies.First(l => merged.Contains(l.CompanyId)).To(target);
        var primary = _companies.Exists(l => (l.CompanyId == target || merged.Contains(l.CompanyId)) && l.IsPrimary);
        var index = _companies.FindIndex(l => l.CompanyId == target || merged.Contains(l.CompanyId));
        _companies.RemoveAll(l => l.CompanyId == target || merged.Contains(l.CompanyId));
        _companies.Insert(index, primary ? kept.MarkedPrimary() : kept);
    }

    /// <summary>Puts back the links to <paramref name="companies"/> the contact had before a company merge, its other links untouched.</summary>
    public void RestoreCompanyLinks(IReadOnlySet<CompanyId> companies, IReadOnlyList<ContactCompany> before)
    {
        var index = _companies.FindIndex(l => companies.Contains(l.CompanyId));
        _companies.RemoveAll(l => companies.Contains(l.CompanyId));
        _companies.InsertRange(index < 0 ? _companies.Count : index, before);
    }

    public void MarkDeleted(DateTimeOffset now) => Raise(new ContactDeleted(Id, now.ToStoredPrecision()));

    private void Apply(ContactDetails details)
    {
        FirstName = details.FirstName;
        LastName = details.LastName;
        JobTitle = details.JobTitle;
        _emails = [.. details.Emails];
        _phones = [.. details.Phones];
        _companies = [.. details.Companies];
        Address = details.Address;
        LifecycleStage = details.LifecycleStage;
        Source = details.Source;
        _tags = [.. details.Tags];
        CustomFields = details.CustomFields ?? CustomFields;
    }

    /// <summary>The fields <paramref name="details"/> would change, in camelCase as the API spells them.</summary>
    private List<string> ChangedFields(ContactDetails details)
    {
        var changed = new List<string>();
        Compare(FirstName == details.FirstName, "firstName");
        Compare(LastName == details.LastName, "lastName");
        Compare(JobTitle == details.JobTitle, "jobTitle");
        Compare(Emails.SequenceEqual(details.Emails), "emails");
        Compare(Phones.SequenceEqual(details.Phones), "phones");
        Compare(Companies.SequenceEqual(details.Companies), "companies");
        Compare(Address == details.Address, "address");
        Compare(LifecycleStage == details.LifecycleStage, "lifecycleStage");
        Compare(Source == details.Source, "source");
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
