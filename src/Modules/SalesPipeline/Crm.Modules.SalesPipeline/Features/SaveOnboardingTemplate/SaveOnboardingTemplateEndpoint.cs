using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.SaveOnboardingTemplate;

internal static class SaveOnboardingTemplateEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Create)
            .WithName("CreateOnboardingTemplate")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Creates an onboarding template: tasks with a title, a number of days after the win, and an assignee (an active user; null: the deal's owner).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id:guid}", Change)
            .WithName("ChangeOnboardingTemplate")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Rewrites an onboarding template; onboardings already started keep their tasks. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<Results<Created<OnboardingTemplateResponse>, ProblemHttpResult>> Create(
        OnboardingTemplateRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SaveOnboardingTemplate(null, request, null), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/onboarding-templates/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<OnboardingTemplateResponse>, ProblemHttpResult>> Change(
        Guid id, OnboardingTemplateRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new SaveOnboardingTemplate(id, request, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
