using System.Text.Json;
using Crm.Shared.Infrastructure.Behaviors;
using Crm.Shared.Kernel;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>
/// Turns exceptions into problem details: bad input is a 400 with what is wrong, a lost concurrency race a 412,
/// anything else a 500 without internals (the details go to the log, with the trace id the client sees).
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case ValidationException validation:
                var fieldErrors = validation.Errors
                    .GroupBy(e => CamelCasePath(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
                await ProblemResults.Write(http, Error.Validation("validation.failed", "One or more fields are not valid: see errors."), fieldErrors);
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } badRequest:
                var detail = badRequest.InnerException is JsonException json
                    ? $"The request body is not valid JSON for this operation: {json.Message}{(json.Path is { } path && !json.Message.Contains(path, StringComparison.Ordinal) ? $" Path: {path}." : string.Empty)}"
                    : badRequest.Message;
                await ProblemResults.Write(http, new Error("request.malformed", detail, ErrorKind.Validation));
                return true;
            case BadHttpRequestException badRequest:
                // Kestrel's own limits: 408 (body too slow), 413 (body too large), 431 (headers too large)...
                await ProblemResults.Write(http, new Error("request.rejected", badRequest.Message, ErrorKind.Validation), statusCode: badRequest.StatusCode);
                return true;
            case PermissionDeniedException denied:
                await ProblemResults.Write(http, new Error("access.denied", denied.Message, ErrorKind.Forbidden));
                return true;
            case DbUpdateConcurrencyException:
                await ProblemResults.Write(http, Error.PreconditionFailed("version.stale", "The record was changed by someone else while you saved. Reload it and try again."));
                return true;
            case OperationCanceledException when http.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
                await ProblemResults.Write(http, new Error("server.error", "An unexpected error occurred. It was logged with the trace id shown here.", ErrorKind.Unexpected));
                return true;
        }
    }

    /// <summary><c>Emails[1].Address</c> as the JSON body spells it: <c>emails[1].address</c>.</summary>
    internal static string CamelCasePath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
