using System.Text.Json;
using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.AskBulkAction;

/// <summary>
/// A change to many contacts. action: AssignOwner (ownerId), AddTag or RemoveTag (tag), SetField (field: lifecycleStage,
/// source or cf.&lt;key&gt;, and value; null clears), Delete. The contacts: contactIds (ticked, at most 1,000), or else
/// every contact the list with q, filters and segment shows.
/// </summary>
internal sealed record BulkActionRequest(
    BulkActionKind Action, Guid? OwnerId, string? Tag, string? Field, JsonElement? Value, IReadOnlyList<Guid>? ContactIds, string? Q, IReadOnlyList<string>? Filters, Guid? Segment);

/// <summary>
/// A change to many companies. action: AssignOwner (ownerId), AddTag or RemoveTag (tag), SetField (field: cf.&lt;key&gt;
/// of a company custom field, and value; null clears), Delete. The companies: companyIds (ticked, at most 1,000), or
/// else every company the list with q and filters shows.
/// </summary>
internal sealed record CompanyBulkActionRequest(
    BulkActionKind Action, Guid? OwnerId, string? Tag, string? Field, JsonElement? Value, IReadOnlyList<Guid>? CompanyIds, string? Q, IReadOnlyList<string>? Filters);

internal static class AskBulkActionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("AskBulkAction")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Asks for a change to many contacts (assign owner, add or remove a tag, set a field, delete), on ticked contacts or on a whole list (q, filters, segment) as you see it now. Answers 202 with the action; follow its progress at its Location.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static void MapForCompanies(RouteGroupBuilder group) =>
        group.MapPost("/", HandleForCompanies)
            .WithName("AskCompanyBulkAction")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Asks for a change to many companies (assign owner, add or remove a tag, set a custom field, delete), on ticked companies or on a whole list (q, filters) as you see it now. Answers 202 with the action; follow its progress at its Location.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<Results<Accepted<BulkActionResponse>, ProblemHttpResult>> Handle(BulkActionRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var r = request;
        return SendAsync(new AskBulkAction(RecordKind.Contact, r.Action, r.OwnerId, r.Tag, r.Field, r.Value, r.ContactIds, r.Q, r.Filters, r.Segment), "contacts", sender, http, cancellationToken);
    }

    private static Task<Results<Accepted<BulkActionResponse>, ProblemHttpResult>> HandleForCompanies(
        CompanyBulkActionRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var r = request;
        return SendAsync(new AskBulkAction(RecordKind.Company, r.Action, r.OwnerId, r.Tag, r.Field, r.Value, r.CompanyIds, r.Q, r.Filters, null), "companies", sender, http, cancellationToken);
    }

    private static async Task<Results<Accepted<BulkActionResponse>, ProblemHttpResult>> SendAsync(
        AskBulkAction command, string resource, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Accepted($"/api/v1/{resource}/bulk-actions/{result.Value.Id}", result.Value)
            : result.Error.ToProblem(http);
    }
}
