using System.Text.Json;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.ConvertLead;

/// <summary>
/// Qualifies a lead: the contact becomes an opportunity (with a new company when it has none and one is named), and a
/// deal opens for it, the contact its decision maker and its company the deal's, owned by the caller.
/// </summary>
internal sealed record ConvertLead(
    Guid ContactId, string? DealName, MoneyRequest? Amount, DateOnly? ExpectedCloseDate, Guid? PipelineId, string? NewCompanyName, IReadOnlyDictionary<string, JsonElement>? CustomFields = null)
    : ICommand<Result<DealResponse>>;

internal sealed class ConvertLeadHandler(
    SalesDbContext db, IContactsDirectory directory, DealCustomFieldValues customFields, DealReader reader, ICurrentUser currentUser, IOptions<SalesOptions> options, TimeProvider time)
    : ICommandHandler<ConvertLead, Result<DealResponse>>
{
    public async ValueTask<Result<DealResponse>> Handle(ConvertLead command, CancellationToken cancellationToken)
    {
        var pipeline = command.PipelineId is { } pipelineId
            ? await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PipelineId(pipelineId), cancellationToken)
            : await db.Pipelines.AsNoTracking().OrderBy(p => p.Position).FirstOrDefaultAsync(cancellationToken);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound(command.PipelineId ?? Guid.Empty);
        }

        if (await directory.FindContactsAsync([command.ContactId], cancellationToken) is not [var lead])
        {
            return Error.NotFound("contact.not_found", $"No contact you can see has the id {command.ContactId}.");
        }

        // The deal is checked before the contact changes, so that a refused deal leaves the lead as it was.
        var request = new DealRequest(
            string.IsNullOrWhiteSpace(command.DealName) ? lead.DisplayName : command.DealName, command.Amount, command.ExpectedCloseDate,
            null, null, null, lead.CompanyId, [new DealContactRequest(lead.Id, ContactRole.DecisionMaker)], null, null, null);
        var values = await customFields.ApplyAsync(null, command.CustomFields, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        var asked = request.ToDetails(options.Value.DefaultCurrency);
        var details = asked.IsSuccess ? asked.Value with { CustomFields = values.Value } : asked;
        var now = time.GetUtcNow();
        var trial = details.IsSuccess ? Deal.Create(details.Value, currentUser.Id, pipeline, pipeline.FirstOpenStage, currentUser.Id, now) : details.Error!;
        if (!trial.IsSuccess && trial.Error!.Code != "deal.stage_requirements_missing")
        {
            return trial.Error;
        }

        var converted = await directory.ConvertLeadAsync(command.ContactId, command.NewCompanyName, cancellationToken);
        if (!converted.IsSuccess)
        {
            return converted.Error!;
        }

        var deal = Deal.Create(details.Value with { CompanyId = converted.Value.CompanyId }, currentUser.Id, pipeline, pipeline.FirstOpenStage, currentUser.Id, now);
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        db.Deals.Add(deal.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(deal.Value, cancellationToken);
    }
}
