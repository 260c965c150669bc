using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ChangeCustomField;

/// <summary>
/// Changes a custom field's label, flags, options, currency or position, or retires or restores it, if its version
/// satisfies <see cref="Precondition"/>. No stored value changes: options left out are retired, not removed.
/// </summary>
internal sealed record ChangeCustomField(Guid Id, VersionPrecondition Precondition, CustomFieldSettings Settings, bool IsRetired) : ICommand<Result<CustomFieldResponse>>;

internal sealed class ChangeCustomFieldHandler(ContactsDbContext db, TimeProvider time) : ICommandHandler<ChangeCustomField, Result<CustomFieldResponse>>
{
    public async ValueTask<Result<CustomFieldResponse>> Handle(ChangeCustomField command, CancellationToken cancellationToken)
    {
        var id = new CustomFieldId(command.Id);
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null)
        {
            return CustomFieldErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(field.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        var becomesUnique = command.Settings.IsUnique && !field.IsUnique;
        var now = time.GetUtcNow();
        var changed = field.Change(command.Settings, now);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        if (becomesUnique && await SharedValuesAsync(field, cancellationToken))
        {
            return CustomFieldErrors.ValuesNotUnique(field);
        }

        if (command.IsRetired != field.IsRetired)
        {
            if (command.IsRetired)
            {
                field.Retire(now);
            }
            else
            {
                field.Restore(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return CustomFieldResponse.From(field);
    }

    private Task<bool> SharedValuesAsync(CustomFieldDefinition field, CancellationToken cancellationToken) => field.Entity == CustomFieldEntity.Contact
        ? CustomFieldUniqueness.HasDuplicatesAsync(db.Contacts.AsNoTracking(), field, cancellationToken)
        : CustomFieldUniqueness.HasDuplicatesAsync(db.Companies.AsNoTracking(), field, cancellationToken);
}
