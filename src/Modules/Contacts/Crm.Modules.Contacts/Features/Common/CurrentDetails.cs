using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>A contact's details as they are, to change one thing and keep the rest.</summary>
internal static class CurrentDetails
{
    public static Result<ContactDetails> Of(Contact c, LifecycleStage? stage = null, Optional<string?> source = default, IReadOnlyList<string>? tags = null) =>
        ContactDetails.Create(
            c.FirstName, c.LastName, c.JobTitle, c.Emails, c.Phones, c.Companies, c.Address, stage ?? c.LifecycleStage, source.HasValue ? source.Value : c.Source, tags ?? c.Tags);
}

/// <summary>A value given or not, where null is a value (a field cleared).</summary>
internal readonly record struct Optional<T>(T Value)
{
    public bool HasValue { get; } = true;
}
