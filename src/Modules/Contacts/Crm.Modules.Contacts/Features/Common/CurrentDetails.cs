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
