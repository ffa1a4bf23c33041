package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandsTest {

    @TempDir
    Path temp;

    @Test
    void aBackupRestoresIntoANewFolderThatVerifies() {
        Cli cli = new Cli(temp.resolve("workspace"));
        Path backup = temp.resolve("panel.zip");

        Cli.Run taken = cli.run("backup", "--out", backup.toString());
        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).startsWith("Backed up ").contains(backup.toString());

        Path restored = temp.resolve("restored");
        Cli.Run restore = Cli.runExactly("restore", backup.toString(), "--to", restored.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored ").contains(restored.toString());

        Cli.Run verify = Cli.runExactly("audit", "verify", "--data", restored.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Cli cli = new Cli(temp.resolve("workspace"));
        Path backup = Files.writeString(temp.resolve("panel.zip"), "earlier");

        Cli.Run refused = cli.run("backup", "--out", backup.toString());
        assertThat(refused.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(refused.errLines())
                .singleElement()
                .asString()
                .startsWith("stocktake: ")
                .contains("--force");
        assertThat(Files.readString(backup)).isEqualTo("earlier");

        assertThat(cli.run("backup", "--out", backup.toString(), "--force").exitCode())
                .isZero();
        assertThat(Files.size(backup)).isGreaterThan(1000);
    }

    @Test
    void aRestoreOverAFolderInUseIsRefusedInOneLine() throws IOException {
        Cli cli = new Cli(temp.resolve("workspace"));
        Path backup = temp.resolve("panel.zip");
        assertThat(cli.run("backup", "--out", backup.toString()).exitCode()).isZero();

        Cli.Run over = Cli.runExactly(
                "restore", backup.toString(), "--to", temp.resolve("workspace").toString());
        assertThat(over.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(over.errLines()).singleElement().asString().contains("holds a workspace");

        Path notZip = Files.writeString(temp.resolve("notes.zip"), "hello");
        Cli.Run bad = Cli.runExactly(
                "restore", notZip.toString(), "--to", temp.resolve("new").toString());
        assertThat(bad.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(bad.errLines()).singleElement().asString().contains("not a readable zip");
        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void theOutputFileIsRequired() {
        Cli cli = new Cli(temp.resolve("workspace"));
        Cli.Run run = cli.run("backup");
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USAGE_ERROR);
        assertThat(run.err()).contains("--out");
    }
}
