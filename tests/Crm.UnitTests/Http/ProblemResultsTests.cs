using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Http;

namespace Crm.UnitTests.Http;

internal sealed class ProblemResultsTests
{
    private static readonly Dictionary<ErrorKind, int> ExpectedStatus = new()
    {
        [ErrorKind.Validation] = 400,
        [ErrorKind.Unauthenticated] = 401,
        [ErrorKind.Forbidden] = 403,
        [ErrorKind.NotFound] = 404,
        [ErrorKind.Conflict] = 409,
        [ErrorKind.PreconditionFailed] = 412,
        [ErrorKind.RuleBroken] = 422,
        [ErrorKind.PreconditionRequired] = 428,
        [ErrorKind.Unavailable] = 503,
        [ErrorKind.Unexpected] = 500,
    };

    [TestCase(ErrorKind.Validation, 400)]
    [TestCase(ErrorKind.Unauthenticated, 401)]
    [TestCase(ErrorKind.Forbidden, 403)]
    [TestCase(ErrorKind.NotFound, 404)]
    [TestCase(ErrorKind.Conflict, 409)]
    [TestCase(ErrorKind.PreconditionFailed, 412)]
    [TestCase(ErrorKind.RuleBroken, 422)]
    [TestCase(ErrorKind.PreconditionRequired, 428)]
    [TestCase(ErrorKind.Unavailable, 503)]
    [TestCase(ErrorKind.Unexpected, 500)]
    public void StatusCodeOf_WhenKind_MapsToItsStatus(ErrorKind kind, int expected)
    {
        Assert.That(ProblemResults.StatusCodeOf(kind), Is.EqualTo(expected));
    }

    [Test]
    public void StatusCodeOf_WhenAnyDefinedKind_HasAnExpectedStatusHere()
    {
        // A new ErrorKind must be given its status deliberately (and added to the cases above).
        Assert.That(Enum.GetValues<ErrorKind>(), Is.EquivalentTo(ExpectedStatus.Keys));
        Assert.That(
            Enum.GetValues<ErrorKind>().Where(k => ProblemResults.StatusCodeOf(k) != ExpectedStatus[k]),
            Is.Empty);
    }

    [Test]
    public void StatusCodeOf_WhenUnknownKindValue_Is500()
    {
        Assert.That(ProblemResults.StatusCodeOf((ErrorKind)999), Is.EqualTo(500));
    }

    [Test]
    public void ToProblemDetails_WhenError_CarriesStatusCodeExtensionAndDetail()
    {
        var error = Error.NotFound("contact.not_found", "No contact has the id 42.");

        var problem = ProblemResults.ToProblemDetails(error);

        Assert.Multiple(() =>
        {
            Assert.That(problem.Status, Is.EqualTo(404));
            Assert.That(problem.Extensions["code"], Is.EqualTo("contact.not_found"));
            Assert.That(problem.Detail, Is.EqualTo("No contact has the id 42."));
            Assert.That(problem.Type, Is.EqualTo("https://httpstatuses.io/404"));
            Assert.That(problem.Title, Is.Not.Null.And.Not.Empty);
            Assert.That(problem.Instance, Is.Null);
        });
    }

    [Test]
    public void ToProblemDetails_WhenHttpContextGiven_UsesPathAsInstanceAndHasTraceId()
    {
        var http = new DefaultHttpContext { TraceIdentifier = "trace-1" };
        http.Request.Path = "/api/v1/contacts/42";

        var problem = ProblemResults.ToProblemDetails(Error.PreconditionRequired("version.if_match_required", "Send If-Match."), http);

        Assert.Multiple(() =>
        {
            Assert.That(problem.Status, Is.EqualTo(428));
            Assert.That(problem.Instance, Is.EqualTo("/api/v1/contacts/42"));
            Assert.That(problem.Extensions["code"], Is.EqualTo("version.if_match_required"));
            Assert.That(problem.Extensions["traceId"], Is.Not.Null);
        });
    }

    [Test]
    public void ToProblemDetails_WhenFieldErrorsGiven_IsValidationProblemWithErrors()
    {
        var fieldErrors = new Dictionary<string, string[]> { ["lastName"] = ["Give a first name or a last name."] };

        var problem = ProblemResults.ToProblemDetails(Error.Validation("validation.failed", "Invalid."), fieldErrors: fieldErrors);

        Assert.That(problem, Is.InstanceOf<HttpValidationProblemDetails>());
        Assert.Multiple(() =>
        {
            Assert.That(problem.Status, Is.EqualTo(400));
            Assert.That(problem.Extensions["code"], Is.EqualTo("validation.failed"));
            Assert.That(((HttpValidationProblemDetails)problem).Errors["lastName"], Is.EqualTo(new[] { "Give a first name or a last name." }));
        });
    }
}
