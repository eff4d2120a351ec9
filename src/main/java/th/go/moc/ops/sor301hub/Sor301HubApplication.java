package th.go.moc.ops.sor301hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import th.go.moc.ops.sor301hub.batch.BatchCommand;
import th.go.moc.ops.sor301hub.batch.CheckMappingCommand;

/**
 * SOR-301 Hub: watches the share for units' monthly workbooks, checks them and builds the month's
 * SOR-301 workbook and BB EvMIS file; or, with "batch", processes one folder once and exits; or, with
 * "check-mapping", shows what one mapping reads from one sample workbook.
 */
@SpringBootApplication
public class Sor301HubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("batch")) {
            // Batch mode needs neither the database nor the web server: start none of them. Its result goes to
            // stdout, so logging goes to stderr (set before anything logs).
            System.setProperty("logback.configurationFile", "batch-logback.xml");
            System.exit(BatchCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("check-mapping")) {
            System.setProperty("logback.configurationFile", "batch-logback.xml");
            System.exit(CheckMappingCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Sor301HubApplication.class, args);
    }
}
