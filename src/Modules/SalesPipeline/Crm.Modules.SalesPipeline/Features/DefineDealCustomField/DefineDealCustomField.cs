using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.DefineDealCustomField;

/// <summary>Adds a custom field to deals. Without a key, one is made from the label.</summary>
internal sealed record DefineDealCustomField(string? Key, CustomFieldType Type, CustomFieldSettings Settings) : ICommand<Result<CustomFieldResponse>>;

internal sealed class DefineDealCustomFieldHandler(SalesDbContext db, TimeProvider time) : ICommandHandler<DefineDealCustomField, Result<CustomFieldResponse>>
{
    public async ValueTask<Result<CustomFieldResponse>> Handle(DefineDealCustomField command, CancellationToken cancellationToken)
    {
        var allowed = DealCustomFieldRules.Check(command.Settings);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var field = await CustomFieldDefining.DefineAsync(db, CustomFieldEntity.Deal, command.Key, command.Type, command.Settings, time.GetUtcNow(), cancellationToken);
        return field.IsSuccess ? CustomFieldResponse.From(field.Value) : field.Error!;
    }
}
