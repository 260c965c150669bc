namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>
/// For each field with one value, the contact (among those merged) whose value wins; a field left out keeps the kept
/// contact's value, or the first other contact's when it has none. Emails, phone numbers, companies and tags are all kept.
/// </summary>
internal sealed record MergeChoices(Guid? FirstName, Guid? LastName, Guid? JobTitle, Guid? Address, Guid? LifecycleStage, Guid? Source, Guid? Owner)
{
    public static MergeChoices None { get; } = new(null, null, null, null, null, null, null);

    public IEnumerable<Guid> ChosenIds() => new[] { FirstName, LastName, JobTitle, Address, LifecycleStage, Source, Owner }.OfType<Guid>();
}
