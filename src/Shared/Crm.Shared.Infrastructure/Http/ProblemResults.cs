using System.Diagnostics;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>The one mapping from <see cref="Error"/> to RFC 9457 <c>application/problem+json</c>.</summary>
public static class ProblemResults
{
    public const string ContentType = "application/problem+json";

    public static int StatusCodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        ErrorKind.RuleBroken => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails ToProblemDetails(Error error, HttpContext? http = null, IDictionary<string, string[]>? fieldErrors = null, int? statusCode = null)
    {
        var status = statusCode ?? StatusCodeOf(error.Kind);
        ProblemDetails problem = fieldErrors is null ? new ProblemDetails() : new HttpValidationProblemDetails(fieldErrors);
        problem.Status = status;
        problem.Title = TitleOf(status);
        problem.Detail = error.Message;
        problem.Type = $"https://httpstatuses.io/{status}";
        problem.Instance = http?.Request.Path;
        foreach (var (name, value) in error.Extensions)
        {
            problem.Extensions[name] = value;
        }

        problem.Extensions["code"] = error.Code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http?.TraceIdentifier;
        return problem;
    }

    public static ProblemHttpResult ToProblem(this Error error, HttpContext http) =>
        TypedResults.Problem(ToProblemDetails(error, http));

    public static Task Write(HttpContext http, Error error, IDictionary<string, string[]>? fieldErrors = null, int? statusCode = null)
    {
        var problem = ToProblemDetails(error, http, fieldErrors, statusCode);
        http.Response.StatusCode = problem.Status!.Value;
        return http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: ContentType, http.RequestAborted);
    }

    private static string TitleOf(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Authentication is required.",
        403 => "Forbidden.",
        404 => "Not found.",
        409 => "Conflict.",
        412 => "The record changed since you read it.",
        422 => "The request breaks a business rule.",
        408 => "The request took too long.",
        413 => "The request is too large.",
        429 => "Too many requests.",
        428 => "A precondition is required.",
        >= 400 and < 500 => "The request was refused.",
        503 => "A service the request needs is unavailable.",
        _ => "An unexpected error occurred.",
    };
}
