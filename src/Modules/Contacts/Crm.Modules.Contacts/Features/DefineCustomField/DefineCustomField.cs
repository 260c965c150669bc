using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;

namespace Crm.Modules.Contacts.Features.DefineCustomField;

/// <summary>Adds a custom field to contacts or companies. Without a key, one is made from the label.</summary>
internal sealed record DefineCustomField(CustomFieldEntity Entity, string? Key, CustomFieldType Type, CustomFieldSettings Settings) : ICommand<Result<CustomFieldResponse>>;

internal sealed class DefineCustomFieldHandler(ContactsDbContext db, TimeProvider time) : ICommandHandler<DefineCustomField, Result<CustomFieldResponse>>
{
    public async ValueTask<Result<CustomFieldResponse>> Handle(DefineCustomField command, CancellationToken cancellationToken)
    {
        if (command.Entity is not (CustomFieldEntity.Contact or CustomFieldEntity.Company))
        {
            return Error.Validation("custom_field.entity_elsewhere", "Contacts and companies take their custom fields here; deals take theirs at /api/v1/deal-custom-fields.");
        }

        var field = await CustomFieldDefining.DefineAsync(db, command.Entity, command.Key, command.Type, command.Settings, time.GetUtcNow(), cancellationToken);
        return field.IsSuccess ? CustomFieldResponse.From(field.Value) : field.Error!;
    }
}
