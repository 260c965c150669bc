using System.Text.Json;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Companies;

/// <summary>
/// A new company checked as creating one by hand checks it: an active owner, valid details, the custom fields the
/// definitions require, a parent the caller sees. The caller adds it to the context and saves it; a caller giving unique
/// custom field values holds <see cref="UniqueValuesLock"/> from before this check until it commits.
/// </summary>
internal sealed class CompanyCreation(
    CompanyDetailsReader reader,
    RecordCustomFields customFields,
    CompanyParent parents,
    IUserDirectory directory,
    IRecordVisibility visibility,
    TimeProvider time)
{
    public async Task<Result<Company>> CreateAsync(
        ICompanyDetails input,
        IReadOnlyDictionary<string, JsonElement>? customFieldValues,
        Guid? parentCompanyId,
        Guid ownerId,
        CancellationToken cancellationToken)
    {
        if (!await directory.IsActiveUserAsync(ownerId, cancellationToken))
        {
            return CompanyErrors.OwnerUnknown(ownerId);
        }

        var details = reader.Read(input);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        var values = await customFields.ForCompanyAsync(null, customFieldValues, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var parent = await parents.CheckAsync(parentCompanyId, null, visible, cancellationToken);
        if (!parent.IsSuccess)
        {
            return parent.Error;
        }

        return Company.Create(details.Value.WithCustomFields(values.Value), parent.Value, ownerId, time.GetUtcNow());
    }
}
