package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stocktake.app.Launcher;

class LauncherTest {

    @SuppressWarnings("unchecked")
    private static Optional<Path> windowFolder(String... args) throws Exception {
        Method method = Launcher.class.getDeclaredMethod("windowFolder", String[].class);
        method.setAccessible(true);
        return (Optional<Path>) method.invoke(null, (Object) args);
    }

    @Test
    void noArgumentsOrOnlyADataFolderOpenTheWindow() throws Exception {
        assertThat(windowFolder()).contains(Path.of(""));
        assertThat(windowFolder("--data", "/tmp/panel")).contains(Path.of("/tmp/panel"));
        assertThat(windowFolder("--data=/tmp/panel")).contains(Path.of("/tmp/panel"));
    }

    @Test
    void anythingElseGoesToTheCommandLine() throws Exception {
        assertThat(windowFolder("--help")).isEmpty();
        assertThat(windowFolder("--data", "/tmp/panel", "recommendations", "list"))
                .isEmpty();
        assertThat(windowFolder("recommendations")).isEmpty();
        assertThat(windowFolder("--data", "--help")).isEmpty();
        assertThat(windowFolder("--data=")).isEmpty();
    }
}
