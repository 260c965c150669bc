using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Http;

internal sealed class PageRequestTests
{
    [Test]
    public void Parse_WhenNothingGiven_DefaultsTo50FromTheStart()
    {
        var page = PageRequest.Parse(null, null).Value;

        Assert.Multiple(() =>
        {
            Assert.That(page.Limit, Is.EqualTo(50));
            Assert.That(page.Limit, Is.EqualTo(PageRequest.DefaultLimit));
            Assert.That(page.After, Is.Null);
        });
    }

    [TestCase(1, 1)]
    [TestCase(199, 199)]
    [TestCase(200, 200)]
    [TestCase(201, 200)]
    [TestCase(int.MaxValue, 200)]
    public void Parse_WhenLimitGiven_IsCappedAt200(int limit, int expected)
    {
        Assert.That(PageRequest.Parse(limit, null).Value.Limit, Is.EqualTo(expected));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    public void Parse_WhenLimitZeroOrNegative_FailsWithLimitInvalid(int limit)
    {
        AssertValidationError(PageRequest.Parse(limit, null), "paging.limit_invalid");
    }

    [TestCase("not a cursor!")]
    [TestCase("AAAA")]
    [TestCase("%%%")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Parse_WhenCursorIsGarbage_FailsWithCursorInvalid(string cursor)
    {
        AssertValidationError(PageRequest.Parse(null, cursor), "paging.cursor_invalid");
    }

    [Test]
    public void Parse_WhenCursorEmpty_StartsFromTheBeginning()
    {
        Assert.That(PageRequest.Parse(10, string.Empty).Value.After, Is.Null);
    }

    [Test]
    public void EncodeThenParse_WhenGuid_RoundTrips()
    {
        var key = Guid.CreateVersion7();

        var cursor = PageRequest.Encode(key);
        var page = PageRequest.Parse(null, cursor);

        Assert.That(page.IsSuccess, Is.True, () => $"failed: {page.Error?.Code}");
        Assert.Multiple(() =>
        {
            Assert.That(page.Value.After, Is.EqualTo(key));
            Assert.That(cursor, Does.Not.Contain(key.ToString()), "The cursor is opaque.");
            Assert.That(cursor, Does.Match("^[A-Za-z0-9_-]+$"), "The cursor is URL-safe.");
        });
    }

    [Test]
    public void ToPage_WhenOneRowMoreThanLimit_ReturnsLimitItemsAndCursorAfterTheLast()
    {
        var keys = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();
        var request = PageRequest.Parse(3, null).Value;

        var page = request.ToPage(keys, k => k, k => k.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.EqualTo(keys.Take(3).Select(k => k.ToString())));
            Assert.That(page.NextCursor, Is.EqualTo(PageRequest.Encode(keys[2])));
            Assert.That(PageRequest.Parse(3, page.NextCursor).Value.After, Is.EqualTo(keys[2]));
        });
    }

    [Test]
    public void ToPage_WhenExactlyLimitRows_HasNoNextCursor()
    {
        var keys = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();
        var request = PageRequest.Parse(3, null).Value;

        var page = request.ToPage(keys, k => k, k => k);

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.EqualTo(keys));
            Assert.That(page.NextCursor, Is.Null);
        });
    }

    [Test]
    public void ToPage_WhenNoRows_IsEmptyWithoutCursor()
    {
        var page = PageRequest.Parse(null, null).Value.ToPage(Array.Empty<Guid>(), k => k, k => k);

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.NextCursor, Is.Null);
        });
    }

    private static void AssertValidationError(Result<PageRequest> result, string expectedCode)
    {
        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }
}
