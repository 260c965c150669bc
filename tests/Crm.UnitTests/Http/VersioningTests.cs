using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Http;

namespace Crm.UnitTests.Http;

internal sealed class VersioningTests
{
    [Test]
    public void ReadIfMatch_WhenHeaderMissing_IsPreconditionRequired()
    {
        var result = new DefaultHttpContext().Request.ReadIfMatch();

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.PreconditionRequired));
            Assert.That(result.Error.Code, Is.EqualTo("version.if_match_required"));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public void ReadIfMatch_WhenHeaderBlank_IsPreconditionRequired(string header)
    {
        var result = RequestWithIfMatch(header).ReadIfMatch();

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.PreconditionRequired));
    }

    [TestCase("\"3\"", 3)]
    [TestCase(" \"12\" ", 12)]
    [TestCase("\"0\"", 0)]
    public void ReadIfMatch_WhenQuotedVersion_AcceptsOnlyThatVersion(string header, int expected)
    {
        var result = RequestWithIfMatch(header).ReadIfMatch();

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value.IsSatisfiedBy(expected), Is.True);
            Assert.That(result.Value.IsSatisfiedBy(expected + 1), Is.False);
        });
    }

    [Test]
    public void ReadIfMatch_WhenList_AcceptsAnyListedVersion()
    {
        var precondition = RequestWithIfMatch("\"2\", \"5\"").ReadIfMatch().Value;

        Assert.Multiple(() =>
        {
            Assert.That(precondition.IsSatisfiedBy(2), Is.True);
            Assert.That(precondition.IsSatisfiedBy(5), Is.True);
            Assert.That(precondition.IsSatisfiedBy(3), Is.False);
        });
    }

    [Test]
    public void ReadIfMatch_WhenStar_AcceptsAnyVersion()
    {
        var precondition = RequestWithIfMatch("*").ReadIfMatch().Value;

        Assert.That(precondition.IsSatisfiedBy(42), Is.True);
    }

    [Test]
    public void ReadIfMatch_WhenWeakTag_NeverMatchesBecauseIfMatchComparesStrongly()
    {
        var precondition = RequestWithIfMatch("W/\"3\"").ReadIfMatch().Value;

        Assert.Multiple(() =>
        {
            Assert.That(precondition.IsSatisfiedBy(3), Is.False);
            Assert.That(precondition.Check(3).Error!.Kind, Is.EqualTo(ErrorKind.PreconditionFailed));
        });
    }

    [TestCase("3")]
    [TestCase("\"x\"")]
    [TestCase("\"\"")]
    [TestCase("\"-1\"")]
    [TestCase("\"3")]
    [TestCase("W/3")]
    public void ReadIfMatch_WhenNotAQuotedVersion_IsValidationError(string header)
    {
        var result = RequestWithIfMatch(header).ReadIfMatch();

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error.Code, Is.EqualTo("version.if_match_invalid"));
        });
    }

    [Test]
    public void ETagOf_WhenVersion_IsQuotedAndReadBack()
    {
        var etag = Versioning.ETagOf(7);

        Assert.Multiple(() =>
        {
            Assert.That(etag, Is.EqualTo("\"7\""));
            Assert.That(RequestWithIfMatch(etag).ReadIfMatch().Value.IsSatisfiedBy(7), Is.True);
        });
    }

    [Test]
    public void SetETag_WhenVersion_SetsTheResponseHeader()
    {
        var http = new DefaultHttpContext();

        http.Response.SetETag(4);

        Assert.That(http.Response.Headers.ETag.ToString(), Is.EqualTo("\"4\""));
    }

    private static HttpRequest RequestWithIfMatch(string header)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.IfMatch = header;
        return http.Request;
    }
}
