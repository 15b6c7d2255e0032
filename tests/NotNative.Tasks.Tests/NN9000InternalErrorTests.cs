namespace NotNative.Tasks.Tests;

public class NN9000InternalErrorTests
{
    [Fact]
    public void Unexpected_exception_becomes_NN9000_not_MSB4018()
    {
        using var context = new TempContext();

        var (result, engine) = context.Run("bad\0name");

        Assert.False(result);
        Assert.Equal("NN9000", Assert.Single(engine.Errors).Code);
    }
}
